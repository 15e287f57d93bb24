/* tafel-decimal.h: exact decimal numbers as typed by Dutch users
 *
 * Hours, percentages and euros are kept as a gint64 count of hundredths:
 * 2,5 is 250, -0,75 is -75, 1.234,50 is 123450. Sums and comparisons are
 * then exact, and what is shown is what was typed.
 *
 * Reading text, tafel_decimal_parse():
 *
 *  - white space before and after the number is ignored; white space inside
 *    it ("1 234") is refused;
 *  - one '-' or '+' may come first; two signs ("--5", "+-5") are refused;
 *  - one '%' or '€' sign before or after the number is ignored, with or
 *    without a space: "60%", "60 %", "€ 45,50", "45,50 €", "-€ 45,50",
 *    "€ -45,50";
 *  - either ',' or '.' separates the decimals. A single separator is always
 *    a decimal separator, even when three digits follow it: Dutch users write
 *    decimals with a comma, so "1,234" is one point two three four (123
 *    hundredths) and so is "1.234";
 *  - when both ',' and '.' occur, the LAST one is the decimal separator and
 *    occurs once; the other groups thousands: after it come exactly three
 *    digits, before the first one come one to three digits. "1.234,5" and
 *    "1,234.5" are both 123450, "1.234.567,89" is 123456789; "12.34,5",
 *    "1234.567,5" and "1.234.5,6" are refused;
 *  - the same separator more than once without the other ("1,2,3",
 *    "1.234.567") is refused, as it cannot be told apart from a mistake;
 *  - ",5" is 0,5; a separator with no digits after it ("5,") is refused;
 *  - more than two decimals are rounded half away from zero: "1,005" is
 *    101, "2,333" is 233, "-1,005" is -101;
 *  - the magnitude may be at most TAFEL_DECIMAL_MAX hundredths (10^12
 *    units) after rounding;
 *  - words ("zestig"), "NaN", "inf" and any other character are refused.
 *
 * A refusal sets TAFEL_ERROR_INVALID with a translated message that starts
 * with @label (already translated by the caller, e.g. "Aandeel") and quotes
 * what was typed, and leaves *@out untouched.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Hundredths per unit. */
#define TAFEL_DECIMAL_SCALE 100

/* The largest magnitude, in hundredths: 10^12 units. */
#define TAFEL_DECIMAL_MAX   G_GINT64_CONSTANT (100000000000000)

gboolean tafel_decimal_parse        (const char  *label,
                                     const char  *text,
                                     gint64      *out,
                                     GError     **error);

/* Decimal comma, no grouping, no trailing zeros: "2,5", "12", "-0,75",
 * "1234", "0,05". The result is read back unchanged by
 * tafel_decimal_parse(). Free with g_free(). */
char    *tafel_decimal_format       (gint64       value);

/* Always two decimals, '.' groups thousands: "1.234,50", "-0,75", "12,00",
 * "-1.000.000,00". Read back unchanged by tafel_decimal_parse(). Free with
 * g_free(). */
char    *tafel_decimal_format_fixed (gint64       value);

/* The nearest double: 250 gives 2.5. */
double   tafel_decimal_to_double    (gint64       value);

/* @value in hundredths, rounded half away from zero as the decimal that
 * @value was meant to be (its 15 significant digits), so that 2.345 gives
 * 235 although the double is slightly below 2.345; -2.345 gives -235 and
 * 0.005 gives 1. Beyond ±10^12 (infinities too) the result is clamped to
 * ±TAFEL_DECIMAL_MAX. @value must not be NaN (a critical, and 0). */
gint64   tafel_decimal_from_double  (double       value);

G_END_DECLS
