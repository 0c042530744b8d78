import { describe, expect, it } from 'vitest';
import { roundFloatDigits, roundIntDigits, scaledHalfEven } from './roundFloat';

// Expected values are CPython 3.11's: round(x, n) / round(x) / round(n, -k) in python3.
describe('round() of floats and ints', () => {
  it('rounds exact ties to even, and the binary value otherwise', () => {
    expect(scaledHalfEven(0.5, 0)).toBe(0n);
    expect(scaledHalfEven(1.5, 0)).toBe(2n);
    expect(scaledHalfEven(2.5, 0)).toBe(2n);
    expect(scaledHalfEven(-2.5, 0)).toBe(-2n);
    expect(scaledHalfEven(0.125, 2)).toBe(12n);
    expect(scaledHalfEven(0.375, 2)).toBe(38n);
    // 2.675 is 2.67499999999999982236431605997495353221893310546875 in binary.
    expect(roundFloatDigits(2.675, 2)).toBe(2.67);
    expect(roundFloatDigits(1.005, 2)).toBe(1);
    expect(roundFloatDigits(3.14159, 3)).toBe(3.142);
    expect(roundFloatDigits(1234.5678, -2)).toBe(1200);
    expect(roundFloatDigits(150.0, -2)).toBe(200);
    expect(roundFloatDigits(250.0, -2)).toBe(200);
  });
  it('keeps signed zeros, infinities, nan and huge ndigits as CPython does', () => {
    expect(Object.is(roundFloatDigits(-0.4, 0), -0)).toBe(true);
    expect(Object.is(roundFloatDigits(0.4, 0), 0)).toBe(true);
    expect(roundFloatDigits(Infinity, 2)).toBe(Infinity);
    expect(roundFloatDigits(NaN, 2)).toBeNaN();
    expect(roundFloatDigits(0.1, 400)).toBe(0.1);
    expect(Object.is(roundFloatDigits(-5.5, -400), -0)).toBe(true);
    expect(roundFloatDigits(5e-324, 330)).toBe(5e-324);
  });
  it('rounds ints to tens, hundreds, ... with ties to even', () => {
    expect(roundIntDigits(1234n, -2)).toBe(1200n);
    expect(roundIntDigits(1250n, -2)).toBe(1200n);
    expect(roundIntDigits(1350n, -2)).toBe(1400n);
    expect(roundIntDigits(-1250n, -2)).toBe(-1200n);
    expect(roundIntDigits(-1251n, -2)).toBe(-1300n);
    expect(roundIntDigits(5n, -1)).toBe(0n);
    expect(roundIntDigits(15n, -1)).toBe(20n);
  });
});
