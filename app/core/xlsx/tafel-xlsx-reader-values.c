/* tafel-xlsx-reader-values.c: what a cell's text means
 *
 * Excel serials and ISO dates, numbers in their shortest form, number
 * formats that show dates, and cell references. Pure functions, tested on
 * their own in test-xlsx-reader.c.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tafel-xlsx-reader-private.h"

/* 9999-12-31, the last day Excel shows, is serial 2958465. */
#define MAX_SERIAL      2958466.0
/* 1899-12-30, serial 0, in days since 1970-01-01. */
#define EPOCH_1900      (-25569)

/* ---- dates and numbers -------------------------------------------------- */

static gint64
days_from_civil (gint64 y,
                 guint  m,
                 guint  d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint64 z,
                 gint64 *y,
                 guint  *m,
                 guint  *d)
{
  gint64 era, doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (guint) (doy - (153 * mp + 2) / 5 + 1);
  *m = (guint) (mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

/* An Excel serial (1900 system) as ISO 8601, as Excel shows it: serials
 * below 60 are one day later than the count from 1899-12-30, because Excel
 * believes in 29 February 1900; a serial below 1 is only a time. */
gboolean
_tafel_xlsx_serial_to_iso (double serial,
                           char  *buf,
                           gsize  size)
{
  gint64 days, seconds, y;
  guint m, d;

  if (!(serial >= 0 && serial < MAX_SERIAL))
    return FALSE;

  days = (gint64) floor (serial);
  seconds = (gint64) floor ((serial - days) * 86400.0 + 0.5);
  if (seconds >= 86400)
    {
      days++;
      seconds -= 86400;
    }
  if (days >= (gint64) MAX_SERIAL)
    return FALSE;

  civil_from_days (EPOCH_1900 + days + (days > 0 && days < 60 ? 1 : 0), &y, &m, &d);
  if (seconds == 0)
    g_snprintf (buf, size, "%04" G_GINT64_FORMAT "-%02u-%02u", y, m, d);
  else
    g_snprintf (buf, size, "%04" G_GINT64_FORMAT "-%02u-%02uT%02u:%02u:%02u", y, m, d,
                (guint) (seconds / 3600), (guint) (seconds / 60 % 60), (guint) (seconds % 60));
  return TRUE;
}

static gboolean
parse_digits (const char **p,
              guint        n,
              guint       *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      *value = *value * 10 + ((*p)[i] - '0');
    }
  *p += n;
  return TRUE;
}

/* "2026-11-10", "2026-11-10T12:00", "2026-11-10T12:00:00.000Z" (the zone
 * is left out: Excel has none) as a serial in the 1900 system. */
gboolean
_tafel_xlsx_iso_to_serial (const char *iso,
                           double     *serial)
{
  const char *p = iso;
  guint year, month, day, hour = 0, minute = 0, second = 0;
  gint64 days;

  if (!parse_digits (&p, 4, &year) || *p++ != '-' || !parse_digits (&p, 2, &month) ||
      *p++ != '-' || !parse_digits (&p, 2, &day))
    return FALSE;
  if (*p == 'T' || *p == ' ')
    {
      p++;
      if (!parse_digits (&p, 2, &hour) || *p++ != ':' || !parse_digits (&p, 2, &minute))
        return FALSE;
      if (*p == ':')
        {
          p++;
          if (!parse_digits (&p, 2, &second))
            return FALSE;
          if (*p == '.')
            for (p++; g_ascii_isdigit (*p); p++)
              ;
        }
      if (*p == 'Z')
        p++;
      else if (*p == '+' || *p == '-')
        for (p++; g_ascii_isdigit (*p) || *p == ':'; p++)
          ;
    }
  if (*p != '\0' || year < 1900 || year > 9999 || month < 1 || month > 12 ||
      !g_date_valid_dmy (day, month, year) || hour > 23 || minute > 59 || second > 59)
    return FALSE;

  days = days_from_civil (year, month, day) - EPOCH_1900;
  if (days < 61)
    days--;
  *serial = days + (hour * 3600 + minute * 60 + second) / 86400.0;
  return TRUE;
}

/* The shortest text in the C locale that reads back as @value. */
void
_tafel_xlsx_format_number (double value,
                           char  *buf,
                           gsize  size)
{
  static const char *const formats[] = { "%.15g", "%.16g", "%.17g" };

  if (value == 0)
    {
      g_strlcpy (buf, "0", size);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, size, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        return;
    }
}

/* A plain decimal number, as <v> holds: no hex, no "inf", no "nan". */
gboolean
_tafel_xlsx_parse_number (const char *text,
              double     *value)
{
  const char *p = text;
  char *end = NULL;
  guint digits = 0;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits++;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits++;
  if (digits == 0)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0')
    return FALSE;

  *value = g_ascii_strtod (text, &end);
  return end == p && isfinite (*value);
}

/* ---- cell references ------------------------------------------------------ */

TafelXlsxRef
_tafel_xlsx_parse_ref (const char *ref,
           guint32    *row,
           guint32    *col)
{
  guint64 c = 0, r = 0;
  guint letters = 0, digits = 0;
  const char *p = ref;

  for (; g_ascii_isalpha (*p); p++, letters++)
    if (letters < 8)
      c = c * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  for (; g_ascii_isdigit (*p); p++, digits++)
    if (digits < 12)
      r = r * 10 + (*p - '0');

  if (*p != '\0' || letters == 0 || digits == 0 || r == 0)
    return TAFEL_XLSX_REF_INVALID;
  if (letters > 8 || digits > 12 || c > TAFEL_XLSX_MAX_COL || r > TAFEL_XLSX_MAX_ROW)
    return TAFEL_XLSX_REF_BEYOND;
  *row = (guint32) r;
  *col = (guint32) c;
  return TAFEL_XLSX_REF_OK;
}

TafelXlsxRef
_tafel_xlsx_parse_row_number (const char *text,
                  guint32    *row)
{
  guint64 r = 0;
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++, digits++)
    {
      if (!g_ascii_isdigit (*p))
        return TAFEL_XLSX_REF_INVALID;
      if (digits < 12)
        r = r * 10 + (*p - '0');
    }
  if (digits == 0 || r == 0)
    return TAFEL_XLSX_REF_INVALID;
  if (digits > 12 || r > TAFEL_XLSX_MAX_ROW)
    return TAFEL_XLSX_REF_BEYOND;
  *row = (guint32) r;
  return TAFEL_XLSX_REF_OK;
}

char *
_tafel_xlsx_make_ref (guint64 row,
          guint64 col)
{
  char letters[16];
  int i = G_N_ELEMENTS (letters) - 1;

  letters[i] = '\0';
  while (col > 0 && i > 0)
    {
      letters[--i] = 'A' + (col - 1) % 26;
      col = (col - 1) / 26;
    }
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT, letters + i, row);
}

/* ---- number formats ------------------------------------------------------- */

/* Does this number format show a date or a time? It does when it has d,
 * m, y, h or s outside quoted text, escapes and [brackets] ("[$-413]",
 * "[Red]"), or an elapsed time in brackets ("[h]:mm"). */
gboolean
_tafel_xlsx_format_is_date (const char *code)
{
  for (const char *p = code; *p != '\0'; p++)
    {
      char c = g_ascii_tolower (*p);

      if (c == '"')
        {
          const char *end = strchr (p + 1, '"');

          if (end == NULL)
            return FALSE;
          p = end;
        }
      else if (c == '\\' || c == '_' || c == '*')
        {
          if (p[1] == '\0')
            return FALSE;
          p++;
        }
      else if (c == '[')
        {
          const char *end = strchr (p + 1, ']');
          gboolean elapsed = end != NULL && end > p + 1;

          if (end == NULL)
            return FALSE;
          for (const char *q = p + 1; q < end; q++)
            elapsed = elapsed && strchr ("hHmMsS", *q) != NULL;
          if (elapsed)
            return TRUE;
          p = end;
        }
      else if (strchr ("dmyhs", c) != NULL && c != '\0')
        return TRUE;
    }
  return FALSE;
}
