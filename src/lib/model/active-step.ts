/** Index of the active step: the last one whose top has passed the trigger line (0 if none has). */
export function stepIndexAt(tops: readonly number[], line: number): number {
  let idx = 0;
  tops.forEach((top, i) => {
    if (top <= line) idx = i;
  });
  return idx;
}
