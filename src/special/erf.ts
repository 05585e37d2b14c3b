/**
 * Error function `erf` and complementary error function `erfc` for IEEE doubles.
 *
 * Port of the FreeBSD msun / Sun fdlibm `s_erf.c` (Copyright (C) 1993 Sun Microsystems,
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided
 * that this notice is preserved."): piecewise rational approximations on |x| < 0.84375,
 * < 1.25, < 1/0.35, < 6 (erf) / < 28 (erfc). Coefficients are fdlibm's, written as the shortest
 * decimal that round-trips to the same double; the trailing comments give fdlibm's bit pattern
 * (high word, low word) so each one can be checked.
 */

// Word access to a double. A big-endian DataView makes offset 0 the high word on any host;
// created once so the hot path does not allocate.
const view = new DataView(new ArrayBuffer(8));

/** High 32 bits of `x` as a signed int, like fdlibm's GET_HIGH_WORD. */
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** `x` with its low 32 mantissa bits cleared, like fdlibm's SET_LOW_WORD(z, 0). */
function clearLowWord(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

// erx = erf(1) rounded to single precision; erf on [0.84375, 1.25) is erx + P/Q.
const ERX = 0.8450629115104675; // 0x3FEB0AC1 0x60000000
// 2/sqrt(pi) - 1, and 8x that (used for subnormal x so efx*x cannot underflow early).
const EFX = 0.1283791670955126; // 0x3FC06EBA 0x8214DB69
const EFX8 = 1.0270333367641007; // 0x3FF06EBA 0x8214DB69

// erf(x) = x + x*R(x^2) on |x| < 0.84375.
const PP0 = 0.12837916709551256; // 0x3FC06EBA 0x8214DB68
const PP1 = -0.3250421072470015; // 0xBFD4CD7D 0x691CB913
const PP2 = -0.02848174957559851; // 0xBF9D2A51 0xDBD7194F
const PP3 = -0.005770270296489442; // 0xBF77A291 0x236668E4
const PP4 = -2.3763016656650163e-5; // 0xBEF8EAD6 0x120016AC
const QQ1 = 0.39791722395915535; // 0x3FD97779 0xCDDADC09
const QQ2 = 0.0650222499887673; // 0x3FB0A54C 0x5536CEBA
const QQ3 = 0.005081306281875766; // 0x3F74D022 0xC4D36B0F
const QQ4 = 0.00013249473800432164; // 0x3F215DC9 0x221C1A10
const QQ5 = -3.960228278775368e-6; // 0xBED09C43 0x42A26120

// erf(1 + s) - erx = P(s)/Q(s) on 0.84375 <= |x| < 1.25.
const PA0 = -0.0023621185607526594; // 0xBF6359B8 0xBEF77538
const PA1 = 0.41485611868374833; // 0x3FDA8D00 0xAD92B34D
const PA2 = -0.3722078760357013; // 0xBFD7D240 0xFBB8C3F1
const PA3 = 0.31834661990116175; // 0x3FD45FCA 0x805120E4
const PA4 = -0.11089469428239668; // 0xBFBC6398 0x3D3E28EC
const PA5 = 0.035478304325618236; // 0x3FA22A36 0x599795EB
const PA6 = -0.002166375594868791; // 0xBF61BF38 0x0A96073F
const QA1 = 0.10642088040084423; // 0x3FBB3E66 0x18EEE323
const QA2 = 0.540397917702171; // 0x3FE14AF0 0x92EB6F33
const QA3 = 0.07182865441419627; // 0x3FB2635C 0xD99FE9A7
const QA4 = 0.12617121980876164; // 0x3FC02660 0xE763351F
const QA5 = 0.01363708391202905; // 0x3F8BEDC2 0x6B51DD1C
const QA6 = 0.011984499846799107; // 0x3F888B54 0x5735151D

// erfc(x) = exp(-x^2 - 0.5625 + R(1/x^2)/S(1/x^2)) / x on [1.25, 1/0.35).
const RA0 = -0.009864944034847148; // 0xBF843412 0x600D6435
const RA1 = -0.6938585727071818; // 0xBFE63416 0xE4BA7360
const RA2 = -10.558626225323291; // 0xC0251E04 0x41B0E726
const RA3 = -62.375332450326006; // 0xC04F300A 0xE4CBA38D
const RA4 = -162.39666946257347; // 0xC0644CB1 0x84282266
const RA5 = -184.60509290671104; // 0xC067135C 0xEBCCABB2
const RA6 = -81.2874355063066; // 0xC0545265 0x57E4D2F2
const RA7 = -9.814329344169145; // 0xC023A0EF 0xC69AC25C
const SA1 = 19.651271667439257; // 0x4033A6B9 0xBD707687
const SA2 = 137.65775414351904; // 0x4061350C 0x526AE721
const SA3 = 434.56587747522923; // 0x407B290D 0xD58A1A71
const SA4 = 645.3872717332679; // 0x40842B19 0x21EC2868
const SA5 = 429.00814002756783; // 0x407AD021 0x57700314
const SA6 = 108.63500554177944; // 0x405B28A3 0xEE48AE2C
const SA7 = 6.570249770319282; // 0x401A47EF 0x8E484A93
const SA8 = -0.0604244152148581; // 0xBFAEEFF2 0xEE749A62

// Same form on [1/0.35, 28).
const RB0 = -0.0098649429247001; // 0xBF843412 0x39E86F4A
const RB1 = -0.799283237680523; // 0xBFE993BA 0x70C285DE
const RB2 = -17.757954917754752; // 0xC031C209 0x555F995A
const RB3 = -160.63638485582192; // 0xC064145D 0x43C5ED98
const RB4 = -637.5664433683896; // 0xC083EC88 0x1375F228
const RB5 = -1025.0951316110772; // 0xC0900461 0x6A2E5992
const RB6 = -483.5191916086514; // 0xC07E384E 0x9BDC383F
const SB1 = 30.33806074348246; // 0x403E568B 0x261D5190
const SB2 = 325.7925129965739; // 0x40745CAE 0x221B9F0A
const SB3 = 1536.729586084437; // 0x409802EB 0x189D5118
const SB4 = 3199.8582195085955; // 0x40A8FFB7 0x688C246A
const SB5 = 2553.0504064331644; // 0x40A3F219 0xCEDF3BE6
const SB6 = 474.52854120695537; // 0x407DA874 0xE79FE763
const SB7 = -22.44095244658582; // 0xC03670E2 0x42712D62

/** R/S of the tail form, for 1.25 <= |x| < 28; `s` = 1/x^2, `ix` = high word of |x|. */
function tailRatio(s: number, ix: number): number {
  if (ix < 0x4006db6e) {
    // |x| < 1/0.35
    const r = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
    const q =
      1 +
      s * (SA1 + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7 + s * SA8)))))));
    return r / q;
  }
  const r = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
  const q = 1 + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
  return r / q;
}

// 2^27 + 1: Veltkamp splitting constant for exact double products.
const SPLITTER = 134217729;

/** Rounding error of the product a * b, given p = fl(a * b): a * b = p + productError exactly. */
function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * erfc(x) for 1.25 <= x < 28, where `ix` is the high word of x.
 *
 * fdlibm's form: exp(-z^2 - 0.5625) * exp((z - x)(z + x) + R/S) / x, with z = x truncated to
 * 21 bits so z^2 is exact and the large exponent carries no rounding error.
 * Unlike fdlibm, the small factor is applied as 1 + expm1(...) and the division by x is
 * compensated with its exact remainder: the plain port measured up to 3 ulp here.
 */
function tailErfc(x: number, ix: number): number {
  const z = clearLowWord(x);
  const e = Math.exp(-z * z - 0.5625);
  const m = Math.expm1((z - x) * (z + x) + tailRatio(1 / (x * x), ix));
  const q = e / x;
  // e - q * x is exact (Sterbenz, then a representable remainder), so rem is q's rounding error.
  const p = q * x;
  const rem = (e - p - productError(q, x, p)) / x;
  return q + (q * m + rem);
}

/** R(x^2) = P/Q for |x| < 0.84375, where erf(x) = x + x * R(x^2). */
function smallRatio(x: number): number {
  const z = x * x;
  const r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
  const s = 1 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
  return r / s;
}

/** erf(1 + s) - erx for 0.84375 <= |x| < 1.25, with s = |x| - 1. */
function nearOneRatio(s: number): number {
  const p = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
  const q = 1 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
  return p / q;
}

/**
 * The error function erf(x) = 2/sqrt(pi) * integral from 0 to x of exp(-t^2) dt.
 *
 * Accurate to within 2 ulp over the whole real line, including tiny arguments (where
 * erf(x) ~ 2x/sqrt(pi)). Odd: erf(-x) = -erf(x), and erf(-0) is -0.
 *
 * @param x - Any double.
 * @returns erf(x) in [-1, 1]; NaN for NaN, +/-1 for +/-Infinity.
 * @example
 * ```ts
 * erf(0.5); // 0.5204998778130465
 * erf(-Infinity); // -1
 * ```
 */
export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    // NaN stays NaN (1/NaN); +/-Infinity gives +/-1 (1/Inf is +/-0).
    return (hx < 0 ? -1 : 1) + 1 / x;
  }
  if (ix < 0x3feb0000) {
    // |x| < 0.84375
    if (ix < 0x3e300000) {
      // |x| < 2^-28: higher series terms are below 2^-84 relative.
      if (ix < 0x00800000) {
        // Scale up by 8 so EFX * x does not lose bits to gradual underflow.
        return (8 * x + EFX8 * x) / 8;
      }
      return x + EFX * x;
    }
    return x + x * smallRatio(x);
  }
  if (ix < 0x3ff40000) {
    // 0.84375 <= |x| < 1.25
    const pq = nearOneRatio(Math.abs(x) - 1);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) {
    // |x| >= 6: erfc(|x|) < 2^-53, so erf rounds to +/-1.
    return hx >= 0 ? 1 : -1;
  }
  const r = tailErfc(Math.abs(x), ix);
  return hx >= 0 ? 1 - r : r - 1;
}

/**
 * The complementary error function erfc(x) = 1 - erf(x), computed without cancellation.
 *
 * Keeps relative accuracy (within 2 ulp) in the right tail until it underflows to 0 near
 * x = 27.2; erfc(x) + erfc(-x) = 2.
 *
 * @param x - Any double.
 * @returns erfc(x) in [0, 2]; NaN for NaN, 0 for +Infinity, 2 for -Infinity.
 * @example
 * ```ts
 * erfc(0.5); // 0.4795001221869535
 * erfc(10); // 2.088487583762545e-45
 * ```
 */
export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    // NaN stays NaN; +Infinity gives 0 + 0, -Infinity gives 2 + -0.
    return (hx < 0 ? 2 : 0) + 1 / x;
  }
  if (ix < 0x3feb0000) {
    // |x| < 0.84375
    if (ix < 0x3c700000) {
      // |x| < 2^-56: 1 - x already rounds to the correct result.
      return 1 - x;
    }
    const y = smallRatio(x);
    if (hx < 0x3fd00000) {
      // x < 1/4 (including all negative x here): 1 - erf(x) cancels at most one bit.
      return 1 - (x + x * y);
    }
    // 1/4 <= x < 0.84375: regroup so the big terms cancel exactly first.
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    // 0.84375 <= |x| < 1.25; 1 - ERX is exact.
    const pq = nearOneRatio(Math.abs(x) - 1);
    return hx >= 0 ? 1 - ERX - pq : 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    // |x| < 28
    if (hx < 0 && ix >= 0x40180000) {
      // x <= -6: erfc(x) = 2 - erfc(-x) rounds to 2.
      return 2;
    }
    const r = tailErfc(Math.abs(x), ix);
    return hx > 0 ? r : 2 - r;
  }
  // x >= 28 underflows to 0; x <= -28 rounds to 2.
  return hx > 0 ? 0 : 2;
}
