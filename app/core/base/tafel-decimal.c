/* tafel-decimal.c: exact decimal numbers as typed by Dutch users */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-decimal.h"
#include "tafel-error.h"

/* A refusal quotes at most this many characters of what was typed. */
#define QUOTE_MAX_CHARS 40

/* The euro sign in UTF-8. */
#define EURO_SIGN "\xe2\x82\xac"

typedef enum {
  NUMBER_OK,
  NUMBER_NOT_A_NUMBER,
  NUMBER_TOO_LARGE,
} NumberResult;

static const char *
skip_space_forward (const char *p,
                    const char *end)
{
  while (p < end && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p;
}

static const char *
skip_space_backward (const char *start,
                     const char *end)
{
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);

      if (prev == NULL || !g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return end;
}

/* The length in bytes of the '%' or '€' that starts [p, end), or 0. */
static gsize
measure_unit_at (const char *p,
                 const char *end)
{
  gsize euro = strlen (EURO_SIGN);

  if (p < end && *p == '%')
    return 1;
  if ((gsize) (end - p) >= euro && memcmp (p, EURO_SIGN, euro) == 0)
    return euro;

  return 0;
}

/* The length in bytes of the '%' or '€' that ends [p, end), or 0. */
static gsize
measure_unit_before (const char *p,
                     const char *end)
{
  gsize euro = strlen (EURO_SIGN);

  if (end > p && end[-1] == '%')
    return 1;
  if ((gsize) (end - p) >= euro && memcmp (end - euro, EURO_SIGN, euro) == 0)
    return euro;

  return 0;
}

/* What was typed, fit to be quoted in a message: valid UTF-8 and at most
 * QUOTE_MAX_CHARS characters. */
static char *
dup_quotable (const char *start,
              const char *end)
{
  g_autofree char *valid = g_utf8_make_valid (start, end - start);
  g_autofree char *head = NULL;

  if (g_utf8_strlen (valid, -1) <= QUOTE_MAX_CHARS)
    return g_steal_pointer (&valid);

  head = g_utf8_substring (valid, 0, QUOTE_MAX_CHARS - 1);
  return g_strconcat (head, "…", NULL);
}

static void
set_not_a_number (GError     **error,
                  const char  *label,
                  const char  *start,
                  const char  *end)
{
  g_autofree char *quoted = dup_quotable (start, end);

  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
               _("%s: “%s” is not a number such as 12 or 2,5."), label, quoted);
}

static void
set_too_large (GError     **error,
               const char  *label,
               const char  *start,
               const char  *end)
{
  g_autofree char *quoted = dup_quotable (start, end);

  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
               _("%s: “%s” is too large."), label, quoted);
}

/* Checks that the integer part [p, end) groups thousands with @group: one
 * to three digits, then @group and exactly three digits, once or more. */
static gboolean
check_grouping (const char *p,
                const char *end,
                char        group)
{
  const char *first = memchr (p, group, end - p);
  const char *q;

  if (first == NULL || first - p < 1 || first - p > 3)
    return FALSE;

  for (q = first; q < end; q += 4)
    {
      if (*q != group || end - q < 4)
        return FALSE;
      if (!g_ascii_isdigit (q[1]) || !g_ascii_isdigit (q[2]) || !g_ascii_isdigit (q[3]))
        return FALSE;
    }

  return TRUE;
}

/* Reads the digits and separators [p, end), without sign or unit, into
 * hundredths (see the rules in tafel-decimal.h). The syntax is checked
 * completely before the size, so that a long word is not "too large". */
static NumberResult
read_number (const char *p,
             const char *end,
             gboolean    negative,
             gint64     *out)
{
  const char *last_separator = NULL;
  const char *int_end = end;
  const char *frac = end;
  const char *q;
  char group = 0;
  guint n_commas = 0;
  guint n_dots = 0;
  guint64 units = 0;
  guint64 magnitude;
  guint digit1 = 0;
  guint digit2 = 0;
  gboolean round_up = FALSE;
  gboolean too_large = FALSE;

  for (q = p; q < end; q++)
    {
      if (*q == ',')
        n_commas++;
      else if (*q == '.')
        n_dots++;
      else if (!g_ascii_isdigit (*q))
        return NUMBER_NOT_A_NUMBER;

      if (*q == ',' || *q == '.')
        last_separator = q;
    }

  if (last_separator != NULL)
    {
      gboolean comma = *last_separator == ',';
      guint n_decimal = comma ? n_commas : n_dots;
      guint n_group = comma ? n_dots : n_commas;

      if (n_decimal > 1)
        return NUMBER_NOT_A_NUMBER;
      if (n_group > 0)
        group = comma ? '.' : ',';

      int_end = last_separator;
      frac = last_separator + 1;
      if (frac == end)
        return NUMBER_NOT_A_NUMBER;
    }
  else if (p == end)
    {
      return NUMBER_NOT_A_NUMBER;
    }

  if (group != 0 && !check_grouping (p, int_end, group))
    return NUMBER_NOT_A_NUMBER;

  /* The syntax is right; now the value. */
  for (q = p; q < int_end && !too_large; q++)
    {
      if (!g_ascii_isdigit (*q))
        continue;
      units = units * 10 + (guint) (*q - '0');
      too_large = units > (guint64) (TAFEL_DECIMAL_MAX / TAFEL_DECIMAL_SCALE);
    }
  if (too_large)
    return NUMBER_TOO_LARGE;

  if (frac < end)
    digit1 = (guint) (frac[0] - '0');
  if (frac + 1 < end)
    digit2 = (guint) (frac[1] - '0');
  if (frac + 2 < end)
    round_up = frac[2] >= '5';

  magnitude = units * TAFEL_DECIMAL_SCALE + digit1 * 10 + digit2 + (round_up ? 1 : 0);
  if (magnitude > (guint64) TAFEL_DECIMAL_MAX)
    return NUMBER_TOO_LARGE;

  *out = negative ? -(gint64) magnitude : (gint64) magnitude;
  return NUMBER_OK;
}

static guint64
get_magnitude (gint64 value)
{
  return value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
}

gboolean
tafel_decimal_parse (const char  *label,
                     const char  *text,
                     gint64      *out,
                     GError     **error)
{
  const char *text_end;
  const char *start;
  const char *end;
  const char *p;
  const char *q;
  gboolean negative = FALSE;
  gboolean has_unit = FALSE;
  gint64 value = 0;
  gsize length;

  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    text = "";
  text_end = text + strlen (text);

  if (!g_utf8_validate (text, -1, NULL))
    {
      set_not_a_number (error, label, text, text_end);
      return FALSE;
    }

  start = skip_space_forward (text, text_end);
  end = skip_space_backward (start, text_end);
  if (start == end)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("%s: a number is missing."), label);
      return FALSE;
    }

  /* "€ -45", "-€ 45", "-45 €": one unit sign, before or after the sign. */
  p = start;
  q = end;
  if ((length = measure_unit_at (p, q)) > 0)
    {
      p = skip_space_forward (p + length, q);
      has_unit = TRUE;
    }
  if (p < q && (*p == '-' || *p == '+'))
    {
      negative = *p == '-';
      p++;
    }
  if (!has_unit && (length = measure_unit_at (p, q)) > 0)
    {
      p = skip_space_forward (p + length, q);
      has_unit = TRUE;
    }
  if (!has_unit && (length = measure_unit_before (p, q)) > 0)
    q = skip_space_backward (p, q - length);

  switch (read_number (p, q, negative, &value))
    {
    case NUMBER_OK:
      *out = value;
      return TRUE;

    case NUMBER_TOO_LARGE:
      set_too_large (error, label, start, end);
      return FALSE;

    case NUMBER_NOT_A_NUMBER:
    default:
      set_not_a_number (error, label, start, end);
      return FALSE;
    }
}

char *
tafel_decimal_format (gint64 value)
{
  guint64 magnitude = get_magnitude (value);
  guint64 units = magnitude / TAFEL_DECIMAL_SCALE;
  guint cents = (guint) (magnitude % TAFEL_DECIMAL_SCALE);
  const char *sign = value < 0 ? "-" : "";

  if (cents == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, sign, units);
  if (cents % 10 == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ",%u", sign, units, cents / 10);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ",%02u", sign, units, cents);
}

char *
tafel_decimal_format_fixed (gint64 value)
{
  guint64 magnitude = get_magnitude (value);
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                             magnitude / TAFEL_DECIMAL_SCALE);
  gsize length = strlen (digits);
  GString *result = g_string_new (value < 0 ? "-" : "");

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (result, '.');
      g_string_append_c (result, digits[i]);
    }
  g_string_append_printf (result, ",%02u", (guint) (magnitude % TAFEL_DECIMAL_SCALE));

  return g_string_free (result, FALSE);
}

double
tafel_decimal_to_double (gint64 value)
{
  return (double) value / TAFEL_DECIMAL_SCALE;
}

gint64
tafel_decimal_from_double (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *p;
  gboolean negative;
  guint64 mantissa = 0;
  guint64 magnitude;
  gint64 exponent;

  g_return_val_if_fail (!isnan (value), 0);

  if (isinf (value))
    return value < 0 ? -TAFEL_DECIMAL_MAX : TAFEL_DECIMAL_MAX;

  /* Fifteen significant digits (DBL_DIG) give back the decimal that was
   * meant: 2.345 is "2.34500000000000e+00", not 2.34499999999999997. */
  g_ascii_formatd (buffer, sizeof buffer, "%.14e", value);

  p = buffer;
  negative = *p == '-';
  if (negative)
    p++;
  for (; *p != '\0' && *p != 'e'; p++)
    {
      if (g_ascii_isdigit (*p))
        mantissa = mantissa * 10 + (guint) (*p - '0');
    }
  g_return_val_if_fail (*p == 'e', 0);
  exponent = g_ascii_strtoll (p + 1, NULL, 10);

  /* value = mantissa × 10^(exponent - 14), so
   * hundredths = mantissa × 10^(exponent - 12). */
  if (exponent > 12)
    {
      magnitude = (guint64) TAFEL_DECIMAL_MAX;
    }
  else if (exponent == 12)
    {
      magnitude = mantissa;
    }
  else if (12 - exponent > 15)
    {
      /* mantissa < 10^15, so the quotient is below 0.1. */
      magnitude = 0;
    }
  else
    {
      guint64 divisor = 1;

      for (gint64 i = 0; i < 12 - exponent; i++)
        divisor *= 10;

      magnitude = mantissa / divisor;
      if ((mantissa % divisor) * 2 >= divisor)
        magnitude++;
    }

  magnitude = MIN (magnitude, (guint64) TAFEL_DECIMAL_MAX);
  return negative ? -(gint64) magnitude : (gint64) magnitude;
}
