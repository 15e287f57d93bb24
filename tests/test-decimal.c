/* test-decimal.c: exact decimal numbers as typed by Dutch users
 *
 * tafel_decimal_parse() against every rule in tafel-decimal.h, happy and
 * sad, the two formatters, their round trips through the parser, and the
 * conversions from and to double with their rounding.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "tafel-decimal.h"
#include "tafel-error.h"

#define LIMIT TAFEL_DECIMAL_MAX

/* What *out holds before a call, to see that a refusal leaves it alone. */
#define UNTOUCHED G_GINT64_CONSTANT (-4242)

typedef struct {
  const char *text;
  gint64      expected;
} ParseCase;

typedef struct {
  gint64      value;
  const char *plain;
  const char *fixed;
} FormatCase;

/* ---- helpers ---------------------------------------------------------- */

static void
assert_parses (const ParseCase *cases,
               gsize            n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = UNTOUCHED;
      gboolean ok;

      g_test_message ("parsing “%s”", cases[i].text);
      ok = tafel_decimal_parse ("Aandeel", cases[i].text, &value, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpint (value, ==, cases[i].expected);
    }
}

/* Refused with TAFEL_ERROR_INVALID, *out untouched, the message starting
 * with the label; returns the message. */
static char *
refuse (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 value = UNTOUCHED;

  g_test_message ("refusing “%s”", text ? text : "(null)");
  g_assert_false (tafel_decimal_parse ("Aandeel", text, &value, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_cmpint (value, ==, UNTOUCHED);
  g_assert_true (g_str_has_prefix (error->message, "Aandeel: "));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  /* Without a GError the answer is the same. */
  g_assert_false (tafel_decimal_parse ("Aandeel", text, &value, NULL));
  g_assert_cmpint (value, ==, UNTOUCHED);

  return g_strdup (error->message);
}

static void
assert_not_a_number (const char *const *texts)
{
  for (gsize i = 0; texts[i] != NULL; i++)
    {
      g_autofree char *message = refuse (texts[i]);

      g_assert_nonnull (strstr (message, "is not a number such as 12 or 2,5."));
    }
}

static void
assert_too_large (const char *const *texts)
{
  for (gsize i = 0; texts[i] != NULL; i++)
    {
      g_autofree char *message = refuse (texts[i]);

      g_assert_true (g_str_has_suffix (message, "” is too large."));
    }
}

static gint64
parse_or_die (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 value = UNTOUCHED;

  g_assert_true (tafel_decimal_parse ("Aandeel", text, &value, &error));
  g_assert_no_error (error);
  return value;
}

/* ---- parsing: what is accepted ----------------------------------------- */

static void
test_parse_plain (void)
{
  static const ParseCase cases[] = {
    { "0", 0 },
    { "-0", 0 },
    { "+0", 0 },
    { "12", 1200 },
    { "+3", 300 },
    { "-7", -700 },
    { "007", 700 },
    { "2,5", 250 },
    { "2.5", 250 },
    { "-0,75", -75 },
    { "-0.75", -75 },
    { "0,50", 50 },
    { "0,05", 5 },
    { "1234", 123400 },
    /* No digits before the separator: 0,5. */
    { ",5", 50 },
    { ".75", 75 },
    { "-,5", -50 },
    { "+.5", 50 },
    /* Leading zeros do not count towards the limit. */
    { "0000000000000000000000012", 1200 },
    { "0,0000000000000000000000", 0 },
  };

  assert_parses (cases, G_N_ELEMENTS (cases));
}

static void
test_parse_white_space (void)
{
  static const ParseCase cases[] = {
    { "  2,5  ", 250 },
    { "\t2,5\n", 250 },
    { "\r\n -3 \r\n", -300 },
    /* No-break spaces, as pasted from a web page or a workbook. */
    { "\xc2\xa0" "2,5" "\xc2\xa0", 250 },
    { "\xe2\x80\xaf" "12" "\xe2\x80\xaf", 1200 },
  };

  assert_parses (cases, G_N_ELEMENTS (cases));
}

static void
test_parse_thousands (void)
{
  static const ParseCase cases[] = {
    /* Both separators: the last one separates the decimals. */
    { "1.234,5", 123450 },
    { "1,234.5", 123450 },
    { "1.234,50", 123450 },
    { "12.345,67", 1234567 },
    { "123.456,7", 12345670 },
    { "1.234.567,89", 123456789 },
    { "1,234,567.89", 123456789 },
    { "-1.234,5", -123450 },
    { "+1.000,00", 100000 },
    { "1.000.000.000.000,00", LIMIT },
    { "1.234,5678", 123457 },
    { "0.000,5", 50 },
  };

  assert_parses (cases, G_N_ELEMENTS (cases));
}

static void
test_parse_single_separator_is_decimal (void)
{
  static const ParseCase cases[] = {
    /* Three digits after a lone separator are still decimals: 1,234 is
     * one point two three four, 123 hundredths after rounding. */
    { "1,234", 123 },
    { "1.234", 123 },
    { "12,345", 1235 },
    { "123,456", 12346 },
    { "-1,234", -123 },
    { "999,999", 100000 },
  };

  assert_parses (cases, G_N_ELEMENTS (cases));
}

static void
test_parse_rounding (void)
{
  static const ParseCase cases[] = {
    /* Half away from zero on the decimal as typed. */
    { "1,005", 101 },
    { "2,333", 233 },
    { "2,335", 234 },
    { "2,345", 235 },
    { "-1,005", -101 },
    { "-2,335", -234 },
    { "1,0049", 100 },
    { "1,00499999999", 100 },
    { "1,00500000000", 101 },
    { "1,999", 200 },
    { "9,995", 1000 },
    { "0,001", 0 },
    { "0,004", 0 },
    { "0,005", 1 },
    { "-0,004", 0 },
    { "-0,005", -1 },
    { "99,999", 10000 },
  };

  assert_parses (cases, G_N_ELEMENTS (cases));
}

static void
test_parse_units (void)
{
  static const ParseCase cases[] = {
    { "60%", 6000 },
    { "60 %", 6000 },
    { "%60", 6000 },
    { "% 60", 6000 },
    { "12,5%", 1250 },
    { "-12,5 %", -1250 },
    { "€ 45,50", 4550 },
    { "€45,50", 4550 },
    { "45,50 €", 4550 },
    { "45,50€", 4550 },
    { "-€ 45,50", -4550 },
    { "€ -45,50", -4550 },
    { "-45,50 €", -4550 },
    { "+€ 3", 300 },
    { "€ 1.234,50", 123450 },
    { "  € 2,5 ", 250 },
    { "\xc2\xa0€\xc2\xa0" "2,5", 250 },
  };

  assert_parses (cases, G_N_ELEMENTS (cases));
}

static void
test_parse_limits (void)
{
  static const ParseCase cases[] = {
    { "1000000000000", LIMIT },
    { "-1000000000000", -LIMIT },
    { "1000000000000,00", LIMIT },
    { "1000000000000,004", LIMIT },
    { "999999999999,99", LIMIT - 1 },
    { "-999999999999,99", -(LIMIT - 1) },
    /* Rounding up to the limit is still within it. */
    { "999999999999,995", LIMIT },
    { "€ 1.000.000.000.000,00", LIMIT },
  };

  assert_parses (cases, G_N_ELEMENTS (cases));
}

/* ---- parsing: what is refused ------------------------------------------ */

static void
test_parse_missing (void)
{
  /* NULL, the last one, is missing too. */
  const char *texts[] = { "", " ", "   ", "\t\n", "\r\n", "\xc2\xa0", NULL };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *message = refuse (texts[i]);

      g_assert_cmpstr (message, ==, "Aandeel: a number is missing.");
    }
}

static void
test_parse_words (void)
{
  static const char *const texts[] = {
    "zestig", "twaalf", "twee komma vijf", "12a", "a12", "1,5 uur", "5 EUR",
    "$5", "5 euro", "1e5", "1E5", "0x10", "½", "１２" /* full-width digits */,
    "12-", "5-", "3+", "1/2", "2:30", "(5)", "'5", "5'", "\"5\"", "1_000",
    "٣" /* Arabic-Indic three */, NULL
  };

  assert_not_a_number (texts);
}

static void
test_parse_not_finite (void)
{
  static const char *const texts[] = {
    "NaN", "nan", "-nan", "inf", "-inf", "+inf", "Infinity", "-Infinity",
    "∞", "-∞", NULL
  };

  assert_not_a_number (texts);
}

static void
test_parse_signs (void)
{
  static const char *const texts[] = {
    "--5", "++5", "+-5", "-+5", "- 5", "-", "+", "- -5", "−5" /* U+2212 */,
    "€ -€ 5", "-€-5", NULL
  };

  assert_not_a_number (texts);
}

static void
test_parse_spaces_inside (void)
{
  static const char *const texts[] = {
    "1 234", "1 234,5", "2, 5", "2 ,5", "1\xc2\xa0" "234", "1\t2", NULL
  };

  assert_not_a_number (texts);
}

static void
test_parse_separators (void)
{
  static const char *const texts[] = {
    /* several decimal separators */
    "1,2,3", "1.2.3", "1,234,567", "1.234.567", "2,,5", "2..5",
    /* the last separator occurs twice */
    "1.234,5,6", "1,234.5.6", "1,2.3.4",
    /* thousands that do not group three digits */
    "12.34,5", "1.2345,6", "1234.567,5", ".234,5", ",234.5", "1.23,4",
    "1.234.56,7", "1.2.345,6", "1,234,5678.9", "1.,5", ",.5",
    /* no digits after the decimal separator, or none at all */
    "5,", "5.", "1.234,", "-5,", ",", ".", ",.", NULL
  };

  assert_not_a_number (texts);
}

static void
test_parse_units_refused (void)
{
  static const char *const texts[] = {
    "€", "%", "€ ", "- €", "€%", "5%%", "%5%", "€5%", "€ €5", "5 € €",
    "€ 5 €", "5%-", "60 procent", NULL
  };

  assert_not_a_number (texts);
}

static void
test_parse_too_large (void)
{
  static const char *const texts[] = {
    "1000000000000,01", "1000000000000,005", "-1000000000000,005",
    "1000000000001", "-1000000000001", "2000000000000",
    "99999999999999999999999999999999999999999999",
    "-99999999999999999999999999999999999999,5",
    "1.000.000.000.000,01", "€ 2.000.000.000.000,00", "10000000000000%",
    NULL
  };

  assert_too_large (texts);
}

static void
test_parse_invalid_utf8 (void)
{
  g_autofree char *message = refuse ("\xff" "12");

  g_assert_cmpstr (message, ==,
                   "Aandeel: “\xef\xbf\xbd" "12” is not a number such as 12 or 2,5.");
  g_clear_pointer (&message, g_free);

  message = refuse ("2,5\xc3");
  g_assert_nonnull (strstr (message, "is not a number"));
}

static void
test_parse_messages (void)
{
  g_autofree char *long_text = g_strnfill (60, 'x');
  g_autofree char *long_number = g_strnfill (60, '9');
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  gint64 value = UNTOUCHED;
  char *message;

  /* The label and the text (without the white space around it). */
  message = refuse ("  zestig \n");
  g_assert_cmpstr (message, ==, "Aandeel: “zestig” is not a number such as 12 or 2,5.");
  g_free (message);

  message = refuse ("  2000000000000  ");
  g_assert_cmpstr (message, ==, "Aandeel: “2000000000000” is too large.");
  g_free (message);

  message = refuse (NULL);
  g_assert_cmpstr (message, ==, "Aandeel: a number is missing.");
  g_free (message);

  /* The units are quoted as typed. */
  message = refuse ("€ 12,3,4");
  g_assert_cmpstr (message, ==, "Aandeel: “€ 12,3,4” is not a number such as 12 or 2,5.");
  g_free (message);

  /* A long text is cut to forty characters. */
  message = refuse (long_text);
  expected = g_strdup_printf ("Aandeel: “%.*s…” is not a number such as 12 or 2,5.",
                              39, long_text);
  g_assert_cmpstr (message, ==, expected);
  g_free (message);
  g_clear_pointer (&expected, g_free);

  message = refuse (long_number);
  expected = g_strdup_printf ("Aandeel: “%.*s…” is too large.", 39, long_number);
  g_assert_cmpstr (message, ==, expected);
  g_free (message);

  /* The label is whatever the caller passes, already translated. */
  g_assert_false (tafel_decimal_parse ("Uren per week", "veel", &value, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Uren per week: “veel” is not a number such as 12 or 2,5.");
  g_assert_cmpint (value, ==, UNTOUCHED);
}

static void
test_parse_programming_errors (void)
{
  g_autoptr(GError) error = NULL;
  gint64 value = UNTOUCHED;

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*label != NULL*");
  g_assert_false (tafel_decimal_parse (NULL, "12", &value, NULL));
  g_test_assert_expected_messages ();
  g_assert_cmpint (value, ==, UNTOUCHED);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*out != NULL*");
  g_assert_false (tafel_decimal_parse ("Aandeel", "12", NULL, NULL));
  g_test_assert_expected_messages ();

  /* An error that is already set is not overwritten. */
  error = g_error_new_literal (TAFEL_ERROR, TAFEL_ERROR_IO, "earlier");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*error == NULL*");
  g_assert_false (tafel_decimal_parse ("Aandeel", "12", &value, &error));
  g_test_assert_expected_messages ();
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IO);
  g_assert_cmpint (value, ==, UNTOUCHED);
}

/* ---- formatting --------------------------------------------------------- */

static const FormatCase format_cases[] = {
  { 0, "0", "0,00" },
  { 1, "0,01", "0,01" },
  { 5, "0,05", "0,05" },
  { -5, "-0,05", "-0,05" },
  { 10, "0,1", "0,10" },
  { 50, "0,5", "0,50" },
  { -75, "-0,75", "-0,75" },
  { 100, "1", "1,00" },
  { -100, "-1", "-1,00" },
  { 250, "2,5", "2,50" },
  { 1200, "12", "12,00" },
  { 99999, "999,99", "999,99" },
  { 100000, "1000", "1.000,00" },
  { -100000, "-1000", "-1.000,00" },
  { 123400, "1234", "1.234,00" },
  { 123450, "1234,5", "1.234,50" },
  { 1234567, "12345,67", "12.345,67" },
  { 12345678, "123456,78", "123.456,78" },
  { 123456789, "1234567,89", "1.234.567,89" },
  { -123456789, "-1234567,89", "-1.234.567,89" },
  { LIMIT, "1000000000000", "1.000.000.000.000,00" },
  { -LIMIT, "-1000000000000", "-1.000.000.000.000,00" },
  { LIMIT - 1, "999999999999,99", "999.999.999.999,99" },
  /* Beyond the limit formatting still works, down to the last gint64. */
  { G_MAXINT64, "92233720368547758,07", "92.233.720.368.547.758,07" },
  { G_MININT64, "-92233720368547758,08", "-92.233.720.368.547.758,08" },
};

static void
test_format (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (format_cases); i++)
    {
      g_autofree char *plain = tafel_decimal_format (format_cases[i].value);
      g_autofree char *fixed = tafel_decimal_format_fixed (format_cases[i].value);

      g_assert_cmpstr (plain, ==, format_cases[i].plain);
      g_assert_cmpstr (fixed, ==, format_cases[i].fixed);
    }
}

static void
assert_round_trip (gint64 value)
{
  g_autofree char *plain = tafel_decimal_format (value);
  g_autofree char *fixed = tafel_decimal_format_fixed (value);

  g_assert_cmpint (parse_or_die (plain), ==, value);
  g_assert_cmpint (parse_or_die (fixed), ==, value);
}

static void
test_format_round_trip (void)
{
  static const gint64 powers[] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
    1000000000, G_GINT64_CONSTANT (10000000000), G_GINT64_CONSTANT (100000000000),
    G_GINT64_CONSTANT (1000000000000), G_GINT64_CONSTANT (10000000000000),
  };

  for (gsize i = 0; i < G_N_ELEMENTS (format_cases); i++)
    {
      if (format_cases[i].value >= -LIMIT && format_cases[i].value <= LIMIT)
        assert_round_trip (format_cases[i].value);
    }

  for (gint64 value = -200000; value <= 200000; value += 7)
    assert_round_trip (value);

  for (gsize i = 0; i < G_N_ELEMENTS (powers); i++)
    {
      for (gint64 delta = -3; delta <= 3; delta++)
        {
          assert_round_trip (powers[i] + delta);
          assert_round_trip (-powers[i] + delta);
        }
    }

  for (gint64 value = LIMIT; value > 0; value /= 3)
    {
      assert_round_trip (value);
      assert_round_trip (-value);
    }

  assert_round_trip (LIMIT);
  assert_round_trip (-LIMIT);
}

static void
test_format_canonical (void)
{
  /* What was typed, shown the way the program writes it. */
  static const struct {
    const char *typed;
    const char *plain;
    const char *fixed;
  } cases[] = {
    { "1.234,50", "1234,5", "1.234,50" },
    { "1,234.5", "1234,5", "1.234,50" },
    { "2.5", "2,5", "2,50" },
    { "-0,750", "-0,75", "-0,75" },
    { "€ 45,00", "45", "45,00" },
    { "60%", "60", "60,00" },
    { "-0", "0", "0,00" },
    { "-0,004", "0", "0,00" },
    { "007,10", "7,1", "7,10" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 value = parse_or_die (cases[i].typed);
      g_autofree char *plain = tafel_decimal_format (value);
      g_autofree char *fixed = tafel_decimal_format_fixed (value);

      g_assert_cmpstr (plain, ==, cases[i].plain);
      g_assert_cmpstr (fixed, ==, cases[i].fixed);
    }
}

/* ---- doubles ------------------------------------------------------------ */

static void
test_to_double (void)
{
  g_assert_cmpfloat (tafel_decimal_to_double (0), ==, 0.0);
  g_assert_cmpfloat (tafel_decimal_to_double (250), ==, 2.5);
  g_assert_cmpfloat (tafel_decimal_to_double (-75), ==, -0.75);
  g_assert_cmpfloat (tafel_decimal_to_double (1200), ==, 12.0);
  g_assert_cmpfloat (tafel_decimal_to_double (LIMIT), ==, 1e12);
  g_assert_cmpfloat (tafel_decimal_to_double (-LIMIT), ==, -1e12);
  /* The nearest double, the same as the literal. */
  g_assert_cmpfloat (tafel_decimal_to_double (1), ==, 0.01);
  g_assert_cmpfloat (tafel_decimal_to_double (235), ==, 2.35);
  g_assert_cmpfloat (tafel_decimal_to_double (12345), ==, 123.45);
  g_assert_cmpfloat_with_epsilon (tafel_decimal_to_double (-33), -0.33, 1e-15);
}

static void
test_from_double (void)
{
  static const struct {
    double value;
    gint64 expected;
  } cases[] = {
    { 0.0, 0 },
    { -0.0, 0 },
    { 2.5, 250 },
    { -0.75, -75 },
    { 12.0, 1200 },
    /* Half away from zero on the decimal that was meant, although the
     * doubles lie just below or above it. */
    { 2.345, 235 },
    { -2.345, -235 },
    { 0.005, 1 },
    { -0.005, -1 },
    { 1.005, 101 },
    { -1.005, -101 },
    { 1.15, 115 },
    { 8.675, 868 },
    { 0.125, 13 },
    { -0.125, -13 },
    { 0.1 + 0.2, 30 },
    { 2.3449999, 234 },
    { 0.004, 0 },
    { -0.004, 0 },
    { 0.0049999, 0 },
    { 1.0 / 3.0, 33 },
    { 2.0 / 3.0, 67 },
    { -2.0 / 3.0, -67 },
    { 1e-300, 0 },
    { -1e-300, 0 },
    { 4.9e-324, 0 },
    { 1234.5, 123450 },
    { 999999999999.99, LIMIT - 1 },
    { 999999999999.994, LIMIT - 1 },
    { 999999999999.995, LIMIT },
    /* At and beyond the limit: clamped. */
    { 1e12, LIMIT },
    { -1e12, -LIMIT },
    { 1e12 + 0.5, LIMIT },
    { 5e12, LIMIT },
    { 1e13, LIMIT },
    { -1e14, -LIMIT },
    { 1e300, LIMIT },
    { -1e300, -LIMIT },
    { INFINITY, LIMIT },
    { -INFINITY, -LIMIT },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("from_double (%.17g)", cases[i].value);
      g_assert_cmpint (tafel_decimal_from_double (cases[i].value), ==, cases[i].expected);
    }
}

static void
test_from_double_round_trip (void)
{
  for (gint64 value = -200000; value <= 200000; value += 3)
    g_assert_cmpint (tafel_decimal_from_double (tafel_decimal_to_double (value)), ==, value);

  for (gint64 value = LIMIT; value > 0; value /= 7)
    {
      g_assert_cmpint (tafel_decimal_from_double (tafel_decimal_to_double (value)), ==, value);
      g_assert_cmpint (tafel_decimal_from_double (tafel_decimal_to_double (-value)), ==, -value);
      g_assert_cmpint (tafel_decimal_from_double (tafel_decimal_to_double (value - 1)), ==, value - 1);
    }
}

static void
test_from_double_nan (void)
{
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*isnan*");
  g_assert_cmpint (tafel_decimal_from_double (NAN), ==, 0);
  g_test_assert_expected_messages ();
}

/* Nothing depends on the locale: in a Dutch locale (decimal comma in
 * printf) the results are the same. */
static void
test_locale_independent (void)
{
  g_autofree char *plain = NULL;
  g_autofree char *fixed = NULL;

  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("the nl_NL.UTF-8 locale is not installed");
      return;
    }

  g_assert_cmpint (tafel_decimal_from_double (2.345), ==, 235);
  g_assert_cmpint (tafel_decimal_from_double (-1234.5), ==, -123450);
  g_assert_cmpint (parse_or_die ("1.234,5"), ==, 123450);
  g_assert_cmpint (parse_or_die ("2.5"), ==, 250);
  plain = tafel_decimal_format (123450);
  fixed = tafel_decimal_format_fixed (123450);
  g_assert_cmpstr (plain, ==, "1234,5");
  g_assert_cmpstr (fixed, ==, "1.234,50");

  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "C");
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decimal/parse/plain", test_parse_plain);
  g_test_add_func ("/decimal/parse/white-space", test_parse_white_space);
  g_test_add_func ("/decimal/parse/thousands", test_parse_thousands);
  g_test_add_func ("/decimal/parse/single-separator-is-decimal",
                   test_parse_single_separator_is_decimal);
  g_test_add_func ("/decimal/parse/rounding", test_parse_rounding);
  g_test_add_func ("/decimal/parse/units", test_parse_units);
  g_test_add_func ("/decimal/parse/limits", test_parse_limits);
  g_test_add_func ("/decimal/parse/missing", test_parse_missing);
  g_test_add_func ("/decimal/parse/words", test_parse_words);
  g_test_add_func ("/decimal/parse/not-finite", test_parse_not_finite);
  g_test_add_func ("/decimal/parse/signs", test_parse_signs);
  g_test_add_func ("/decimal/parse/spaces-inside", test_parse_spaces_inside);
  g_test_add_func ("/decimal/parse/separators", test_parse_separators);
  g_test_add_func ("/decimal/parse/units-refused", test_parse_units_refused);
  g_test_add_func ("/decimal/parse/too-large", test_parse_too_large);
  g_test_add_func ("/decimal/parse/invalid-utf8", test_parse_invalid_utf8);
  g_test_add_func ("/decimal/parse/messages", test_parse_messages);
  g_test_add_func ("/decimal/parse/programming-errors", test_parse_programming_errors);
  g_test_add_func ("/decimal/format/cases", test_format);
  g_test_add_func ("/decimal/format/round-trip", test_format_round_trip);
  g_test_add_func ("/decimal/format/canonical", test_format_canonical);
  g_test_add_func ("/decimal/double/to", test_to_double);
  g_test_add_func ("/decimal/double/from", test_from_double);
  g_test_add_func ("/decimal/double/round-trip", test_from_double_round_trip);
  g_test_add_func ("/decimal/double/nan", test_from_double_nan);
  g_test_add_func ("/decimal/locale-independent", test_locale_independent);

  return g_test_run ();
}
