import { describe, expect, it } from 'vitest';
import { stepIndexAt } from '../../src/lib/model/active-step';

describe('active step', () => {
  it('is the last step whose top passed the trigger line, whatever order events came in', () => {
    expect(stepIndexAt([100, 900, 1700], 500)).toBe(0);
    expect(stepIndexAt([-900, -100, 480], 500)).toBe(2);
    expect(stepIndexAt([-5000, -4000, -3000], 500)).toBe(2); // fast fling past the end
    expect(stepIndexAt([600, 1400], 500)).toBe(0); // above the first step
  });
});
