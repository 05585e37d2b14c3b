import { describe, expect, it } from 'vitest';
import {
  namesInPoint,
  parseCount,
  parseDirection,
  parseNumbers,
  parsePoint,
} from '../../src/cli/point.js';

describe('points on the command line', () => {
  it('reads numbers and constant expressions, split at top-level commas only', () => {
    expect(parseNumbers('1, -2.5, 1e3', '--at')).toEqual([1, -2.5, 1000]);
    expect(parseNumbers('pi/4, 2*e', '--at')).toEqual([Math.PI / 4, 2 * Math.E]);
    expect(parseNumbers('atan2(1, 1), 3', '--at')).toEqual([Math.PI / 4, 3]);
  });

  it('maps named coordinates onto the variables, in their order', () => {
    expect(namesInPoint('y=2, x=3')).toEqual(['y', 'x']);
    expect(namesInPoint('2, 3')).toBeUndefined();
    expect(parsePoint('y=2, x=3', ['x', 'y'])).toEqual([3, 2]);
    expect(() => namesInPoint('x=1, 2')).toThrow(/name every coordinate/);
  });

  it('insists on one coordinate per variable', () => {
    expect(() => parsePoint('1', ['x', 'y'])).toThrow(
      '--at has 1 coordinate but the function has 2 variables (x, y); give 2, e.g. --at 1,2',
    );
    expect(() => parseDirection('1,2,3', ['x', 'y'])).toThrow(/--direction has 3 entries/);
    expect(() => parsePoint('q=1', ['x'])).toThrow(/q is not a variable; variables: x/);
  });

  it('explains a coordinate that is not a number', () => {
    expect(() => parseNumbers('1, x', '--at')).toThrow(
      /--at: "x" is not a number or a constant expression such as pi\/4 \(unknown variable 'x'/,
    );
    expect(() => parseNumbers('x=1', '--direction')).toThrow(
      /--direction takes numbers, not names/,
    );
  });

  it('reads whole numbers within bounds', () => {
    expect(parseCount('7', '--order', 0, 100)).toBe(7);
    expect(() => parseCount('101', '--order', 0, 100)).toThrow(/from 0 to 100, got "101"/);
    expect(() => parseCount('2.5', '--order', 0, 100)).toThrow(/whole number/);
    expect(() => parseCount('-1', '--order', 0, 100)).toThrow(/whole number/);
  });
});
