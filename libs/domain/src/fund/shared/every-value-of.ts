/**
 * Lists every value of a union of strings, checked by the compiler in both directions: a value the
 * type does not know is an error, and so is a value of the type the list leaves out. The decider and
 * the HTTP edge validate choices against these lists, so they can never drift from the types.
 */
export function everyValueOf<Union extends string>() {
  return <const Values extends readonly Union[]>(
    ...values: Values & ([Union] extends [Values[number]] ? unknown : never)
  ): readonly Union[] => values;
}
