/* tafel-xlsx-sheet.c: cells that keep what they hold, and printable sheets
 *
 * User text is always written with worksheet_write_string(): a geeltje
 * reading "=HYPERLINK(…)", "+31 6 1234 5678" or "-5" stays that text.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-xlsx-private.h"

/* ---- cells ------------------------------------------------------------ */

static inline gboolean
failed (TafelXlsxSheet *sheet)
{
  return sheet->xlsx->error != NULL;
}

static void
record (TafelXlsxSheet *sheet,
        lxw_error       rc,
        guint32         row,
        guint16         col)
{
  if (rc != LXW_NO_ERROR && sheet->xlsx->error == NULL)
    tafel_xlsx_set_error (&sheet->xlsx->error, rc, sheet->xlsx->path, sheet->name, row, col);
}

static void
measure (TafelXlsxSheet *sheet,
         guint16         col,
         double          width)
{
  if (col >= sheet->widths->len)
    g_array_set_size (sheet->widths, col + 1);

  if (width > g_array_index (sheet->widths, double, col))
    g_array_index (sheet->widths, double, col) = width;
}

/* The longest line of @text in characters, and whether it has several. */
static guint
measure_text (const char *text,
              gboolean   *multi_line)
{
  guint longest = 0;
  guint current = 0;

  *multi_line = FALSE;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p == '\n')
        {
          *multi_line = TRUE;
          longest = MAX (longest, current);
          current = 0;
        }
      else if ((*p & 0xC0) != 0x80)  /* the first byte of a character */
        {
          current++;
        }
    }

  return MAX (longest, current);
}

/* Excel reads "_x0041_" in a string as an escaped "A". A literal
 * "_xHHHH_" must therefore have its underscore escaped as "_x005F_".
 * Returns NULL when @text needs no change. */
char *
tafel_xlsx_escape_text (const char *text)
{
  GString *out = NULL;
  const char *done = text;
  const char *p = text;

  while ((p = strstr (p, "_x")) != NULL)
    {
      gboolean escape = TRUE;

      for (int i = 2; i < 6; i++)
        escape = escape && g_ascii_isxdigit (p[i]);
      escape = escape && p[6] == '_';

      if (escape)
        {
          if (out == NULL)
            out = g_string_new (NULL);
          g_string_append_len (out, done, p - done);
          g_string_append (out, "_x005F");
          done = p;
        }
      p += 2;
    }

  if (out == NULL)
    return NULL;

  g_string_append (out, done);
  return g_string_free (out, FALSE);
}

static void
write_string (TafelXlsxSheet *sheet,
              guint32         row,
              guint16         col,
              const char     *text,
              lxw_format     *format,
              lxw_format     *wrap_format,
              double          factor)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  g_autofree char *escaped = NULL;
  gboolean multi_line;
  guint chars;
  lxw_error rc;

  if (failed (sheet) || text == NULL || *text == '\0')
    return;

  chars = measure_text (text, &multi_line);
  if (wrap_format != NULL && (multi_line || chars > TAFEL_XLSX_MAX_WIDTH))
    format = wrap_format;
  measure (sheet, col, MIN (chars, TAFEL_XLSX_MAX_WIDTH) * factor + 1.5);

  escaped = tafel_xlsx_escape_text (text);
  /* Always a string cell: "=HYPERLINK(…)", "+31 6…" or "-5" stay text. */
  rc = worksheet_write_string (sheet->worksheet, row, col, escaped ? escaped : text, format);
  record (sheet, rc, row, col);
}

/* User text: a string cell, wrapped when it is long or has several lines. */
void
tafel_xlsx_text (TafelXlsxSheet *sheet,
                 guint32         row,
                 guint16         col,
                 const char     *text)
{
  write_string (sheet, row, col, text, sheet->xlsx->text, sheet->xlsx->wrap, 1.0);
}

void
tafel_xlsx_label (TafelXlsxSheet *sheet,
                  guint32         row,
                  guint16         col,
                  const char     *text)
{
  write_string (sheet, row, col, text, sheet->xlsx->label, NULL, 1.1);
}

/* A title is not measured: it may run over the next columns. */
void
tafel_xlsx_title (TafelXlsxSheet *sheet,
                  guint32         row,
                  guint16         col,
                  const char     *text,
                  gboolean        subtitle)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  g_autofree char *escaped = NULL;
  lxw_error rc;

  if (failed (sheet) || text == NULL || *text == '\0')
    return;

  escaped = tafel_xlsx_escape_text (text);
  rc = worksheet_write_string (sheet->worksheet, row, col, escaped ? escaped : text,
                               subtitle ? sheet->xlsx->subtitle : sheet->xlsx->title);
  record (sheet, rc, row, col);
  if (rc == LXW_NO_ERROR)
    rc = worksheet_set_row (sheet->worksheet, row, subtitle ? 18 : 24, NULL);
  record (sheet, rc, row, col);
}

/* A header row: bold on a fill, wide enough for the filter button. */
void
tafel_xlsx_header (TafelXlsxSheet    *sheet,
                   guint32            row,
                   const char *const *titles,
                   guint              n_titles)
{
  for (guint col = 0; col < n_titles; col++)
    {
      write_string (sheet, row, col, titles[col], sheet->xlsx->header, NULL, 1.1);
      measure (sheet, col, g_utf8_strlen (titles[col], -1) * 1.1 + 3.5);
    }
}

void
tafel_xlsx_number (TafelXlsxSheet *sheet,
                   guint32         row,
                   guint16         col,
                   double          value)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  lxw_error rc;

  if (failed (sheet))
    return;

  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  measure (sheet, col, strlen (buf) + 1.5);

  rc = worksheet_write_number (sheet->worksheet, row, col, value,
                               value == (gint64) value ? sheet->xlsx->number : sheet->xlsx->text);
  record (sheet, rc, row, col);
}

static lxw_format *
num_format (TafelXlsxSheet     *sheet,
            TafelXlsxNumFormat  format,
            double              value)
{
  switch (format)
    {
    case TAFEL_XLSX_DECIMAL:
      return sheet->xlsx->decimal;
    case TAFEL_XLSX_PERCENT:
      return sheet->xlsx->percent;
    case TAFEL_XLSX_EURO:
      return sheet->xlsx->euro;
    case TAFEL_XLSX_EURO_TOTAL:
      return sheet->xlsx->euro_total;
    case TAFEL_XLSX_GENERAL:
    default:
      return value == (gint64) value ? sheet->xlsx->number : sheet->xlsx->text;
    }
}

/* About as many characters as Excel shows for @value in @format. */
static double
num_width (double             value,
           TafelXlsxNumFormat format)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double width;

  switch (format)
    {
    case TAFEL_XLSX_PERCENT:
      g_ascii_formatd (buf, sizeof buf, "%.2f", value * 100.0);
      return strlen (buf) + 2.5;   /* and "%" */
    case TAFEL_XLSX_EURO:
    case TAFEL_XLSX_EURO_TOTAL:
      g_ascii_formatd (buf, sizeof buf, "%.2f", value);
      width = strlen (buf) + 2;                      /* "€ " */
      width += ABS (value) >= 1000.0 ? (strlen (buf) - 4) / 3 : 0;   /* thousands */
      return width + 1.5;
    case TAFEL_XLSX_DECIMAL:
      g_ascii_formatd (buf, sizeof buf, "%.2f", value);
      return strlen (buf) + 1.5;
    case TAFEL_XLSX_GENERAL:
    default:
      g_ascii_formatd (buf, sizeof buf, "%.15g", value);
      return strlen (buf) + 1.5;
    }
}

/* A number shown in @format; nothing for NAN (no value). */
void
tafel_xlsx_value (TafelXlsxSheet     *sheet,
                  guint32             row,
                  guint16             col,
                  double              value,
                  TafelXlsxNumFormat  format)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  lxw_error rc;

  if (failed (sheet) || isnan (value))
    return;

  measure (sheet, col, num_width (value, format));
  rc = worksheet_write_number (sheet->worksheet, row, col, value, num_format (sheet, format, value));
  record (sheet, rc, row, col);
}

/* A live formula such as "=B7*(1+$B$3)" with the result the application
 * computed for it, so that a viewer that does not recalculate shows the
 * right number too. @formula uses English function names and commas, and
 * is made of cell references, operators and constants only: never of
 * user text (that goes into text cells). */
void
tafel_xlsx_formula (TafelXlsxSheet     *sheet,
                    guint32             row,
                    guint16             col,
                    const char         *formula,
                    double              cached_result,
                    TafelXlsxNumFormat  format)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  lxw_error rc;

  g_return_if_fail (formula != NULL && formula[0] == '=');
  g_return_if_fail (isfinite (cached_result));

  if (failed (sheet))
    return;

  measure (sheet, col, num_width (cached_result, format));
  rc = worksheet_write_formula_num (sheet->worksheet, row, col, formula,
                                    num_format (sheet, format, cached_result), cached_result);
  record (sheet, rc, row, col);
}

/* An explanation in italics; like a title it is not measured and may run
 * over the next (empty) columns. */
void
tafel_xlsx_note (TafelXlsxSheet *sheet,
                 guint32         row,
                 guint16         col,
                 const char     *text)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  g_autofree char *escaped = NULL;
  lxw_error rc;

  if (failed (sheet) || text == NULL || *text == '\0')
    return;

  escaped = tafel_xlsx_escape_text (text);
  rc = worksheet_write_string (sheet->worksheet, row, col, escaped ? escaped : text, sheet->xlsx->note);
  record (sheet, rc, row, col);
}

/* "B7", or "$B$7" when @absolute. Free with g_free(). */
char *
tafel_xlsx_cell_ref (guint32  row,
                     guint16  col,
                     gboolean absolute)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH];

  if (absolute)
    lxw_rowcol_to_cell_abs (cell, row, col, LXW_TRUE, LXW_TRUE);
  else
    lxw_rowcol_to_cell (cell, row, col);

  return g_strdup (cell);
}

static void
write_datetime (TafelXlsxSheet *sheet,
                guint32         row,
                guint16         col,
                lxw_datetime   *dt,
                gboolean        with_time)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  lxw_error rc;

  measure (sheet, col, with_time ? 17.5 : 11.5);
  rc = worksheet_write_datetime (sheet->worksheet, row, col, dt,
                                 with_time ? sheet->xlsx->datetime : sheet->xlsx->date);
  record (sheet, rc, row, col);
}

/* A date cell from "YYYY-MM-DD"; nothing for NULL. A value that is not a
 * date Excel can show is kept as text, so nothing is lost. */
void
tafel_xlsx_date (TafelXlsxSheet *sheet,
                 guint32         row,
                 guint16         col,
                 const char     *iso_date)
{
  lxw_datetime dt = { 0 };

  if (failed (sheet) || iso_date == NULL || *iso_date == '\0')
    return;

  if (sscanf (iso_date, "%4d-%2d-%2d", &dt.year, &dt.month, &dt.day) != 3 ||
      dt.year < 1900 || !g_date_valid_dmy (dt.day, dt.month, dt.year))
    {
      tafel_xlsx_text (sheet, row, col, iso_date);
      return;
    }

  write_datetime (sheet, row, col, &dt, FALSE);
}

void
tafel_xlsx_datetime (TafelXlsxSheet *sheet,
                     guint32         row,
                     guint16         col,
                     GDateTime      *datetime)
{
  lxw_datetime dt = { 0 };

  if (failed (sheet) || datetime == NULL)
    return;

  dt.year = g_date_time_get_year (datetime);
  dt.month = g_date_time_get_month (datetime);
  dt.day = g_date_time_get_day_of_month (datetime);
  dt.hour = g_date_time_get_hour (datetime);
  dt.min = g_date_time_get_minute (datetime);
  dt.sec = g_date_time_get_second (datetime);

  if (dt.year < 1900)
    return;

  write_datetime (sheet, row, col, &dt, TRUE);
}

/* A date-time cell in local time from a stored UTC timestamp. */
void
tafel_xlsx_timestamp (TafelXlsxSheet *sheet,
                      guint32         row,
                      guint16         col,
                      const char     *utc_timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (failed (sheet) || utc_timestamp == NULL || *utc_timestamp == '\0')
    return;

  utc = g_date_time_new_from_iso8601 (utc_timestamp, NULL);
  if (utc == NULL)
    {
      tafel_xlsx_text (sheet, row, col, utc_timestamp);
      return;
    }

  local = g_date_time_to_timezone (utc, sheet->xlsx->local);
  tafel_xlsx_datetime (sheet, row, col, local);
}

/* ---- layout ----------------------------------------------------------- */

/* A table: the header row stays in view and is printed on every page, and
 * the data gets a filter. */
void
tafel_xlsx_table (TafelXlsxSheet *sheet,
                  guint32         header_row,
                  guint32         last_row,
                  guint16         n_cols)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  lxw_error rc;

  if (failed (sheet))
    return;

  worksheet_freeze_panes (sheet->worksheet, header_row + 1, 0);

  rc = worksheet_autofilter (sheet->worksheet, header_row, 0, MAX (last_row, header_row), n_cols - 1);
  record (sheet, rc, header_row, 0);

  if (rc == LXW_NO_ERROR)
    rc = worksheet_repeat_rows (sheet->worksheet, header_row, header_row);
  record (sheet, rc, header_row, 0);
}

/* Appends @text with its &-codes made literal, in at most @budget
 * characters of header/footer code: a longer text is shortened with an
 * ellipsis. Returns the characters used. */
static glong
append_literal (GString    *out,
                const char *text,
                glong       budget)
{
  glong used = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      glong need = c == '&' ? 2 : 1;
      gboolean last = *g_utf8_next_char (p) == '\0';

      /* Keep one character for the ellipsis unless this is the end. */
      if (used + need > budget - (last ? 0 : 1))
        {
          g_string_append (out, "…");
          return used + 1;
        }

      if (c == '&')
        g_string_append (out, "&&");
      else
        g_string_append_unichar (out, c);
      used += need;
    }

  return used;
}

/* "&L<left>&C<center>&R<right>" with the &-codes of @left and @center
 * made literal, within Excel's 255 characters: a long @left is shortened
 * first. @center may be NULL; @right is a header/footer code string
 * already. */
char *
tafel_xlsx_footer_text_full (const char *left,
                             const char *center,
                             const char *right)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GString) middle = g_string_new (NULL);
  glong budget = LXW_HEADER_FOOTER_MAX - 4 - g_utf8_strlen (right, -1);

  if (center != NULL && *center != '\0')
    {
      g_string_append (middle, "&C");
      budget -= 2 + append_literal (middle, center, MIN (budget / 2, 80));
    }

  g_string_append (out, "&L");
  append_literal (out, left, budget);
  g_string_append (out, middle->str);
  g_string_append (out, "&R");
  g_string_append (out, right);

  return g_string_free (out, FALSE);
}

/* "&L<left>&R<right>" with the &-codes of @left made literal, within
 * Excel's 255 characters: a long @left is shortened with an ellipsis.
 * @right is a header/footer code string already. */
char *
tafel_xlsx_footer_text (const char *left,
                        const char *right)
{
  return tafel_xlsx_footer_text_full (left, NULL, right);
}

/* The version ("concept 0.3") shown in the middle of every page footer. */
void
tafel_xlsx_set_version (TafelXlsx  *self,
                        const char *version)
{
  g_free (self->version);
  self->version = g_strdup (version);
}

/* A drop-down list of @values (NULL-terminated) on column @col from
 * @first_row to the bottom of the sheet, so that rows added in Excel get
 * it too. Left out when the values cannot be a list: Excel separates them
 * with commas and allows 255 characters in all. */
void
tafel_xlsx_validate_list (TafelXlsxSheet    *sheet,
                          guint32            first_row,
                          guint16            col,
                          const char *const *values)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  lxw_data_validation dv = { 0 };
  gsize total = 0;
  lxw_error rc;

  if (failed (sheet))
    return;

  for (guint i = 0; values[i] != NULL; i++)
    {
      if (strchr (values[i], ',') != NULL || strchr (values[i], '"') != NULL)
        return;
      total += strlen (values[i]) + 1;
    }
  if (total > 255)
    return;

  dv.validate = LXW_VALIDATION_TYPE_LIST;
  dv.value_list = (char **) values;
  dv.ignore_blank = LXW_VALIDATION_ON;
  dv.show_error = LXW_VALIDATION_ON;
  rc = worksheet_data_validation_range (sheet->worksheet, first_row, col, LXW_ROW_MAX - 1, col, &dv);
  record (sheet, rc, first_row, col);
}

/* Landscape A4, as wide as the page, gridlines, and a footer with
 * @footer_title and the page number. */
void
tafel_xlsx_print (TafelXlsxSheet *sheet,
                  const char     *footer_title)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  g_autofree char *footer = NULL;
  g_autofree char *header = NULL;
  g_autofree char *page = NULL;
  lxw_error rc;

  if (failed (sheet))
    return;

  worksheet_set_landscape (sheet->worksheet);
  worksheet_set_paper (sheet->worksheet, 9);  /* A4 */
  worksheet_fit_to_pages (sheet->worksheet, 1, 0);
  worksheet_set_margins (sheet->worksheet, 0.5, 0.5, 0.75, 0.75);
  worksheet_gridlines (sheet->worksheet, LXW_SHOW_ALL_GRIDLINES);

  /* Translators: a page footer; &P is the page number, &N the number of
   * pages. Keep both codes. */
  page = g_strdup (_("Page &P of &N"));
  footer = tafel_xlsx_footer_text_full (footer_title, sheet->xlsx->version, page);
  rc = worksheet_set_footer (sheet->worksheet, footer);
  record (sheet, rc, 0, 0);

  /* &A is the name of the sheet. */
  header = tafel_xlsx_footer_text (_("Programma van Eisen"), "&A");
  if (rc == LXW_NO_ERROR)
    rc = worksheet_set_header (sheet->worksheet, header);
  record (sheet, rc, 0, 0);
}
