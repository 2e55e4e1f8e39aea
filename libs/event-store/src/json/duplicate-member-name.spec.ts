/**
 * Goal: `findDuplicateMemberName` names the first member that appears twice in one object, wherever
 * the object sits, compares names as JSON means them (after unescaping), never confuses values,
 * array elements or members of different objects with duplicates, and scans any depth and any length
 * without recursion.
 */
import fc from 'fast-check';
import { findDuplicateMember, findDuplicateMemberName } from './duplicate-member-name';

describe('findDuplicateMemberName', () => {
  it.each([
    ['{"amount":"1.00","amount":"999.00"}', 'amount', '$.amount'],
    ['{"a":1,"b":{"c":1,"c":2}}', 'c', '$.b.c'],
    ['{"list":[{"x":1},{"y":1,"y":2}]}', 'y', '$.list[1].y'],
    ['[[1,2],{"k":true,"k":false}]', 'k', '$[1].k'],
    ['{"a":1,"\\u0061":2}', 'a', '$.a'],
    ['{"\\"":1,"\\"":2}', '"', '$["\\""]'],
    ['{"a b":1,"a b":2}', 'a b', '$["a b"]'],
    ['{"__proto__":1,"__proto__":2}', '__proto__', '$.__proto__'],
    ['{"first":{"a":1,"a":2},"first":3}', 'a', '$.first.a'],
  ])('finds the duplicate in %s', (json, name, path) => {
    expect(findDuplicateMemberName(json)).toBe(name);
    expect(findDuplicateMember(json)).toEqual({ name, path });
  });

  it.each([
    '{}',
    '[]',
    '"a"',
    '{"a":"a","b":"a"}',
    '{"a":{"a":{"a":1}}}',
    '[{"a":1},{"a":2}]',
    '{"a":"\\"a\\":1,\\"a\\":2"}',
    '{"A":1,"a":2}',
    '{"é":1,"e\\u0301":2}',
    '{"a":[1,"a",{"b":"a"}],"b":["a","a"]}',
  ])('finds nothing in %s', (json) => {
    expect(findDuplicateMemberName(json)).toBeUndefined();
  });

  it('finds nothing in any JSON that JavaScript serialised, whatever its shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findDuplicateMemberName(JSON.stringify(value))).toBeUndefined();
        expect(findDuplicateMemberName(JSON.stringify(value, null, 2))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('finds a duplicate put into any object of any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), fc.jsonValue(), (value, name, other) => {
        const wrapped = JSON.stringify({ wrapper: value });
        const member = `${JSON.stringify(name)}:${JSON.stringify(other)}`;
        const json = `{${member},${wrapped.slice(1, -1)},${member}}`;
        const duplicate = name === 'wrapper' ? 'wrapper' : name;
        expect(findDuplicateMemberName(json)).toBe(duplicate);
      }),
      { numRuns: 500 },
    );
  });

  it('scans nesting far deeper than any call stack', () => {
    const depth = 200_000;
    const deep = '{"a":'.repeat(depth) + '{"x":1,"x":2}' + '}'.repeat(depth);
    expect(findDuplicateMember(deep)?.name).toBe('x');
    expect(findDuplicateMemberName('['.repeat(depth) + ']'.repeat(depth))).toBeUndefined();
  });

  it('scans a large text with many members in one object', () => {
    const members = Array.from({ length: 200_000 }, (_, index) => `"k${index}":${index}`);
    expect(findDuplicateMemberName(`{${members.join(',')}}`)).toBeUndefined();
    expect(findDuplicateMemberName(`{${members.join(',')},"k7":0}`)).toBe('k7');
  });

  it('ends on malformed text without an error', () => {
    for (const text of ['{"a', '{"a":1,"a', '"\\', '}}]]', '{"a":1,,,"a":2']) {
      expect(() => findDuplicateMemberName(text)).not.toThrow();
    }
  });
});
