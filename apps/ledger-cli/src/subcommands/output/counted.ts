/** "1 stream", "2 streams": counts in the CLI's sentences. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
