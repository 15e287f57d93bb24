/* tafel-validate.c: turning what people typed into values we store */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-validate.h"

static const char *const month_names[] = {
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
  N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

static gboolean
is_forbidden_char (gunichar c,
                   gboolean multi_line)
{
  if (c == '\n' || c == '\t')
    return FALSE;
  if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
    return TRUE;
  /* Not allowed in XML 1.0, so they would break an exported workbook. */
  return c == 0xfffe || c == 0xffff;
}

/* Returns the cleaned text, or NULL when it holds a character we refuse;
 * then *bad_position is the 1-based position of that character, or 0 when
 * the text is not UTF-8 at all. One-line text gets its line breaks and tabs
 * turned into spaces; every text loses leading and trailing white space. */
char *
tafel_text_normalize (const char *text,
                      gboolean    multi_line,
                      glong      *bad_position)
{
  g_autofree char *nfc = NULL;
  GString *out;
  glong pos = 0;

  *bad_position = 0;

  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (nfc == NULL)
    return NULL;

  out = g_string_sized_new (strlen (nfc));

  for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* A Windows line end is one character, as it is shown: count it once. */
      if (c == '\r')
        {
          if (p[1] == '\n')
            continue;
          c = '\n';
        }

      pos++;

      if (!multi_line && (c == '\n' || c == '\t'))
        c = ' ';

      if (is_forbidden_char (c, multi_line))
        {
          *bad_position = pos;
          g_string_free (out, TRUE);
          return NULL;
        }

      g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

static gboolean
parse_int (const char *text,
           gint64     *out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (*copy == '\0')
    return FALSE;

  errno = 0;
  *out = g_ascii_strtoll (copy, &end, 10);

  return errno == 0 && end != NULL && *end == '\0';
}

static gboolean
read_number (const char **p,
             int          min_digits,
             int          max_digits,
             int         *out)
{
  int n = 0, digits = 0;

  while (g_ascii_isdigit (**p) && digits < max_digits)
    {
      n = n * 10 + (**p - '0');
      (*p)++;
      digits++;
    }

  *out = n;
  return digits >= min_digits;
}

/* Accepts 2026-10-28, 28-10-2026, 28/10/2026 and 28.10.2026; returns the
 * ISO form or NULL. */
char *
tafel_date_parse (const char *text)
{
  g_autofree char *copy = NULL;
  const char *p;
  int a, b, c;
  char sep;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  p = copy;

  if (!read_number (&p, 1, 4, &a))
    return NULL;
  sep = *p;
  if (sep != '-' && sep != '/' && sep != '.')
    return NULL;
  p++;
  if (!read_number (&p, 1, 2, &b) || *p != sep)
    return NULL;
  p++;
  if (!read_number (&p, 1, 4, &c) || *p != '\0')
    return NULL;

  if (a >= 1000)
    {
      /* year-month-day */
      int year = a, month = b, day = c;
      if (c > 31 || !g_date_valid_dmy (day, month, year))
        return NULL;
      return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }
  else
    {
      /* day-month-year */
      int day = a, month = b, year = c;
      /* GDateDay is a byte: check the range before it can wrap (257 → 1). */
      if (day > 31 || year < 1000 || !g_date_valid_dmy (day, month, year))
        return NULL;
      return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }
}

/* Accepts 9:30, 09:30 and 14.00; returns "HH:MM" or NULL. */
char *
tafel_time_parse (const char *text)
{
  g_autofree char *copy = NULL;
  const char *p;
  int h, m;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  p = copy;

  if (!read_number (&p, 1, 2, &h) || (*p != ':' && *p != '.'))
    return NULL;
  p++;
  if (!read_number (&p, 2, 2, &m) || *p != '\0')
    return NULL;
  if (h > 23 || m > 59)
    return NULL;

  return g_strdup_printf ("%02d:%02d", h, m);
}

/* Accepts a date and a time separated by "T" or a space; returns
 * "YYYY-MM-DDTHH:MM" or NULL. */
char *
tafel_datetime_parse (const char *text)
{
  g_autofree char *copy = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  char *split;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  split = strpbrk (copy, "T ");
  if (split == NULL)
    return NULL;

  *split = '\0';
  date = tafel_date_parse (copy);
  time = tafel_time_parse (split + 1);
  if (date == NULL || time == NULL)
    return NULL;

  return g_strdup_printf ("%sT%s", date, time);
}

/* "28 oktober 2026" under a Dutch locale. */
char *
tafel_date_format (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12)
    return g_strdup ("");

  return g_strdup_printf ("%d %s %d", d, _(month_names[m - 1]), y);
}

/* "10 november 2026 12:00" */
char *
tafel_datetime_format (const char *iso_datetime)
{
  g_autofree char *date = NULL;

  if (iso_datetime == NULL || strlen (iso_datetime) < 16)
    return g_strdup ("");

  date = g_strndup (iso_datetime, 10);
  {
    g_autofree char *day = tafel_date_format (date);
    return g_strdup_printf ("%s %s", day, iso_datetime + 11);
  }
}

char *
tafel_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

static void
set_invalid (GError          **error,
             TafelEntity      *owner,
             const char       *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
set_invalid (GError     **error,
             TafelEntity *owner,
             const char  *format,
             ...)
{
  g_autofree char *where = tafel_entity_dup_description (owner);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID, "%s: %s", where, what);
}

static char *
value_to_display (const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");

  return g_strdup_value_contents (value);
}

static gboolean
normalize_text (TafelEntity      *owner,
                const TafelField *field,
                const GValue     *input,
                GValue           *output,
                GError          **error)
{
  const char *label = _(field->label);
  g_autofree char *text = NULL;
  glong bad = 0;
  glong length;

  if (!G_VALUE_HOLDS_STRING (input))
    {
      set_invalid (error, owner, _("“%s” must be text."), label);
      return FALSE;
    }

  text = tafel_text_normalize (g_value_get_string (input),
                               field->type == TAFEL_FIELD_LONG_TEXT, &bad);
  if (text == NULL && bad == 0)
    {
      set_invalid (error, owner, _("“%s” is not valid UTF-8 text."), label);
      return FALSE;
    }
  if (text == NULL)
    {
      set_invalid (error, owner, _("“%s” contains a control character at position %d."),
                   label, (int) bad);
      return FALSE;
    }

  length = g_utf8_strlen (text, -1);

  if (length == 0 && (field->flags & TAFEL_FIELD_REQUIRED))
    {
      set_invalid (error, owner, _("“%s” is empty."), label);
      return FALSE;
    }
  if (field->max > 0 && length > field->max)
    {
      set_invalid (error, owner, _("“%s” is too long (%d characters, at most %d)."),
                   label, (int) length, (int) field->max);
      return FALSE;
    }
  if (field->flags & TAFEL_FIELD_CODE)
    {
      for (const char *p = text; *p != '\0'; p++)
        {
          if (!g_ascii_isalnum (*p))
            {
              set_invalid (error, owner, _("“%s” may contain only letters and digits, not “%s”."),
                           label, text);
              return FALSE;
            }
        }
    }

  g_value_init (output, G_TYPE_STRING);
  g_value_take_string (output, g_steal_pointer (&text));
  return TRUE;
}

static gboolean
normalize_int (TafelEntity      *owner,
               const TafelField *field,
               const GValue     *input,
               GValue           *output,
               GError          **error)
{
  gint64 v = 0;
  gboolean ok = TRUE;
  gint64 min = field->type == TAFEL_FIELD_REF ? 0 : field->min;
  gint64 max = field->type == TAFEL_FIELD_REF ? G_MAXINT64 : field->max;

  if (G_VALUE_HOLDS_INT64 (input))
    v = g_value_get_int64 (input);
  else if (G_VALUE_HOLDS_INT (input))
    v = g_value_get_int (input);
  else if (G_VALUE_HOLDS_UINT (input))
    v = g_value_get_uint (input);
  else if (G_VALUE_HOLDS_LONG (input))
    v = g_value_get_long (input);
  else if (G_VALUE_HOLDS_DOUBLE (input))
    {
      double d = g_value_get_double (input);
      ok = d == (double) (gint64) d;
      v = (gint64) d;
    }
  else if (G_VALUE_HOLDS_STRING (input) && g_value_get_string (input) != NULL)
    ok = parse_int (g_value_get_string (input), &v);
  else
    ok = FALSE;

  if (field->type == TAFEL_FIELD_REF)
    {
      if (!ok || v < 0)
        {
          set_invalid (error, owner, _("“%s” does not refer to a valid item."), _(field->label));
          return FALSE;
        }
      if (v == 0 && (field->flags & TAFEL_FIELD_REQUIRED))
        {
          set_invalid (error, owner, _("“%s” must be chosen."), _(field->label));
          return FALSE;
        }
    }
  else if (!ok || v < min || v > max)
    {
      g_autofree char *shown = value_to_display (input);

      set_invalid (error, owner, _("“%s” must be a whole number from %d to %d, not “%s”."),
                   _(field->label), (int) min, (int) max, shown);
      return FALSE;
    }

  g_value_init (output, G_TYPE_INT64);
  g_value_set_int64 (output, v);
  return TRUE;
}

/* A decimal in hundredths: from a gint64 as it is, from a double rounded,
 * from text as a Dutch user types it ("2,5"). Empty text and
 * TAFEL_DECIMAL_NONE clear an optional field. */
static gboolean
normalize_decimal (TafelEntity      *owner,
                   const TafelField *field,
                   const GValue     *input,
                   GValue           *output,
                   GError          **error)
{
  gint64 v = TAFEL_DECIMAL_NONE;

  if (G_VALUE_HOLDS_INT64 (input))
    v = g_value_get_int64 (input);
  else if (G_VALUE_HOLDS_INT (input))
    v = g_value_get_int (input);
  else if (G_VALUE_HOLDS_DOUBLE (input))
    {
      double d = g_value_get_double (input);

      if (!isfinite (d) || fabs (d) > 1e12)
        {
          set_invalid (error, owner, _("“%s” is not a number."), _(field->label));
          return FALSE;
        }
      v = tafel_decimal_from_double (d);
    }
  else if (G_VALUE_HOLDS_STRING (input))
    {
      const char *text = g_value_get_string (input);
      g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

      if (*stripped != '\0')
        {
          g_autoptr(GError) parse_error = NULL;
          g_autofree char *label = g_strdup (_(field->label));

          if (!tafel_decimal_parse (label, stripped, &v, &parse_error))
            {
              g_autofree char *where = tafel_entity_dup_description (owner);

              g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID, "%s: %s", where, parse_error->message);
              return FALSE;
            }
        }
    }
  else
    {
      set_invalid (error, owner, _("“%s” is not a number."), _(field->label));
      return FALSE;
    }

  if (v == TAFEL_DECIMAL_NONE)
    {
      if (field->flags & TAFEL_FIELD_REQUIRED)
        {
          set_invalid (error, owner, _("“%s” must be filled in."), _(field->label));
          return FALSE;
        }
    }
  else if (v < field->min || v > field->max)
    {
      g_autofree char *shown = tafel_decimal_format (v);
      g_autofree char *min = tafel_decimal_format (field->min);
      g_autofree char *max = tafel_decimal_format (field->max);

      set_invalid (error, owner, _("“%s” must be a number from %s to %s, not %s."),
                   _(field->label), min, max, shown);
      return FALSE;
    }

  g_value_init (output, G_TYPE_INT64);
  g_value_set_int64 (output, v);
  return TRUE;
}

static gboolean
normalize_temporal (TafelEntity      *owner,
                    const TafelField *field,
                    const GValue     *input,
                    GValue           *output,
                    GError          **error)
{
  const char *text = G_VALUE_HOLDS_STRING (input) ? g_value_get_string (input) : NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *parsed = NULL;

  if (!G_VALUE_HOLDS_STRING (input))
    {
      set_invalid (error, owner, _("“%s” must be text."), _(field->label));
      return FALSE;
    }

  g_value_init (output, G_TYPE_STRING);

  if (*stripped == '\0')
    {
      if (field->flags & TAFEL_FIELD_REQUIRED)
        {
          set_invalid (error, owner, _("“%s” is empty."), _(field->label));
          return FALSE;
        }
      g_value_set_string (output, NULL);
      return TRUE;
    }

  switch (field->type)
    {
    case TAFEL_FIELD_DATE:
      parsed = tafel_date_parse (stripped);
      if (parsed == NULL)
        set_invalid (error, owner, _("“%s” is not a valid date such as 28-10-2026: “%s”."),
                     _(field->label), stripped);
      break;
    case TAFEL_FIELD_TIME:
      parsed = tafel_time_parse (stripped);
      if (parsed == NULL)
        set_invalid (error, owner, _("“%s” is not a valid time such as 13:30: “%s”."),
                     _(field->label), stripped);
      break;
    case TAFEL_FIELD_DATETIME:
      parsed = tafel_datetime_parse (stripped);
      if (parsed == NULL)
        set_invalid (error, owner, _("“%s” is not a valid date and time such as 10-11-2026 12:00: “%s”."),
                     _(field->label), stripped);
      break;
    case TAFEL_FIELD_TIMESTAMP:
      {
        g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (stripped, NULL);
        g_autoptr(GDateTime) utc = dt ? g_date_time_to_utc (dt) : NULL;

        /* Stored in UTC, whatever offset the value came with. */
        if (utc != NULL)
          parsed = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.%fZ");
        else
          set_invalid (error, owner, _("“%s” is not a valid moment in time: “%s”."),
                       _(field->label), stripped);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  if (parsed == NULL)
    {
      g_value_unset (output);
      return FALSE;
    }

  g_value_take_string (output, g_steal_pointer (&parsed));
  return TRUE;
}

/* Checks @input against @field and writes the value to store into @output
 * (an unset GValue). Does not check references and uniqueness: those need
 * the database, see TafelStore. */
gboolean
tafel_field_normalize (TafelEntity      *owner,
                       const TafelField *field,
                       const GValue     *input,
                       GValue           *output,
                       GError          **error)
{
  switch (field->type)
    {
    case TAFEL_FIELD_TEXT:
    case TAFEL_FIELD_LONG_TEXT:
      return normalize_text (owner, field, input, output, error);

    case TAFEL_FIELD_INT:
    case TAFEL_FIELD_REF:
      return normalize_int (owner, field, input, output, error);

    case TAFEL_FIELD_DECIMAL:
      return normalize_decimal (owner, field, input, output, error);

    case TAFEL_FIELD_DATE:
    case TAFEL_FIELD_TIME:
    case TAFEL_FIELD_DATETIME:
    case TAFEL_FIELD_TIMESTAMP:
      return normalize_temporal (owner, field, input, output, error);

    case TAFEL_FIELD_CHOICE:
      {
        const char *id = G_VALUE_HOLDS_STRING (input) ? g_value_get_string (input) : NULL;
        const char *interned = tafel_choice_intern (field->choices, id);

        if (interned == NULL)
          {
            set_invalid (error, owner, _("“%s” is not a valid value for “%s”."),
                         id ? id : "", _(field->label));
            return FALSE;
          }
        g_value_init (output, G_TYPE_STRING);
        g_value_set_static_string (output, interned);
        return TRUE;
      }

    case TAFEL_FIELD_BOOL:
      if (!G_VALUE_HOLDS_BOOLEAN (input))
        {
          set_invalid (error, owner, _("“%s” must be yes or no."), _(field->label));
          return FALSE;
        }
      g_value_init (output, G_TYPE_BOOLEAN);
      g_value_set_boolean (output, g_value_get_boolean (input));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}
