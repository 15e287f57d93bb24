/* tafel-xlsx-input.c: workbooks people fill in and send back
 *
 * Input cells are unlocked and light yellow; everything else stays locked
 * once the sheet is protected (without a password: the protection keeps
 * the layout a reader relies on, it is no secret). Data validations carry
 * their prompt and error texts, shortened to what Excel allows.
 */
#include "config.h"

#include "tafel-xlsx-private.h"

/* Excel's limits for the texts of a data validation, in characters. */
#define VALIDATION_TITLE_MAX   32
#define VALIDATION_MESSAGE_MAX 255

static void
note_failure (TafelXlsxSheet *sheet,
              lxw_error       rc,
              guint32         row,
              guint16         col)
{
  if (rc != LXW_NO_ERROR && sheet->xlsx->error == NULL)
    tafel_xlsx_set_error (&sheet->xlsx->error, rc, sheet->xlsx->path, sheet->name, row, col);
}

static lxw_format *
input_format (TafelXlsx      *self,
              TafelXlsxInput  kind)
{
  lxw_format *format = self->input[kind];

  if (format != NULL)
    return format;

  format = self->input[kind] = workbook_add_format (self->workbook);
  if (format == NULL)
    return NULL;

  format_set_unlocked (format);
  format_set_bg_color (format, 0xFFF2CC);
  format_set_border (format, LXW_BORDER_THIN);
  format_set_border_color (format, 0xBFBFBF);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (kind == TAFEL_XLSX_INPUT_TEXT)
    format_set_text_wrap (format);

  return format;
}

/* An input cell: unlocked, light yellow with a thin border, holding @text
 * (always as a string) or nothing. */
void
tafel_xlsx_input (TafelXlsxSheet *sheet,
                  guint32         row,
                  guint16         col,
                  TafelXlsxInput  kind,
                  const char     *text)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  g_autofree char *escaped = NULL;
  lxw_format *format;
  lxw_error rc;

  g_return_if_fail (kind <= TAFEL_XLSX_INPUT_CHOICE);

  if (sheet->xlsx->error != NULL)
    return;

  format = input_format (sheet->xlsx, kind);
  if (format == NULL)
    rc = LXW_ERROR_MEMORY_MALLOC_FAILED;
  else if (text == NULL || *text == '\0')
    rc = worksheet_write_blank (sheet->worksheet, row, col, format);
  else
    {
      escaped = tafel_xlsx_escape_text (text);
      rc = worksheet_write_string (sheet->worksheet, row, col, escaped ? escaped : text, format);
    }
  note_failure (sheet, rc, row, col);
}

/* Text shown for reference beside the inputs: locked, wrapped, grey. */
void
tafel_xlsx_muted (TafelXlsxSheet *sheet,
                  guint32         row,
                  guint16         col,
                  const char     *text)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  g_autofree char *escaped = NULL;
  TafelXlsx *self = sheet->xlsx;
  lxw_error rc;

  if (self->error != NULL || text == NULL || *text == '\0')
    return;

  if (self->muted == NULL && (self->muted = workbook_add_format (self->workbook)) != NULL)
    {
      format_set_font_color (self->muted, 0x595959);
      format_set_align (self->muted, LXW_ALIGN_VERTICAL_TOP);
      format_set_text_wrap (self->muted);
    }

  escaped = tafel_xlsx_escape_text (text);
  rc = self->muted == NULL ? LXW_ERROR_MEMORY_MALLOC_FAILED
       : worksheet_write_string (sheet->worksheet, row, col, escaped ? escaped : text, self->muted);
  note_failure (sheet, rc, row, col);
}

static char *
dup_clamped (const char *text,
             glong       max_chars)
{
  if (text == NULL)
    return NULL;
  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);
  return g_utf8_substring (text, 0, max_chars);
}

/* A data validation on column @col from @first_row to @last_row. Titles
 * longer than Excel's 32 characters and messages longer than its 255 are
 * shortened (a translation may be longer than the English). */
void
tafel_xlsx_validate (TafelXlsxSheet            *sheet,
                     guint32                    first_row,
                     guint32                    last_row,
                     guint16                    col,
                     const lxw_data_validation *validation)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  g_autofree char *input_title = dup_clamped (validation->input_title, VALIDATION_TITLE_MAX);
  g_autofree char *input_message = dup_clamped (validation->input_message, VALIDATION_MESSAGE_MAX);
  g_autofree char *error_title = dup_clamped (validation->error_title, VALIDATION_TITLE_MAX);
  g_autofree char *error_message = dup_clamped (validation->error_message, VALIDATION_MESSAGE_MAX);
  lxw_data_validation dv = *validation;
  gboolean list;
  lxw_error rc;

  if (sheet->xlsx->error != NULL || last_row < first_row)
    return;

  dv.input_title = input_title;
  dv.input_message = input_message;
  dv.error_title = error_title;
  dv.error_message = error_message;

  /* libxlsxwriter 1.1.4 copies the formula of a LIST_FORMULA validation
   * twice and frees one copy. A custom formula is copied once; turned into
   * a list afterwards it is written as the same <dataValidation
   * type="list">. */
  list = dv.validate == LXW_VALIDATION_TYPE_LIST_FORMULA;
  if (list)
    dv.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;

  rc = worksheet_data_validation_range (sheet->worksheet, first_row, col, last_row, col, &dv);
  note_failure (sheet, rc, first_row, col);

  if (list && rc == LXW_NO_ERROR)
    {
      lxw_data_val_obj *added = NULL;
      lxw_data_val_obj *each;

      STAILQ_FOREACH (each, sheet->worksheet->data_validations, list_pointers)
        added = each;
      g_assert (added != NULL && added->validate == LXW_VALIDATION_TYPE_CUSTOM_FORMULA);
      added->validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    }
}

/* Locks every cell not written with tafel_xlsx_input(), without a
 * password; people may still select cells, size columns and rows, sort
 * and filter. */
void
tafel_xlsx_protect (TafelXlsxSheet *sheet)
{
  lxw_protection options = {
    .format_columns = LXW_TRUE,
    .format_rows = LXW_TRUE,
    .sort = LXW_TRUE,
    .autofilter = LXW_TRUE,
  };

  worksheet_protect (sheet->worksheet, NULL, &options);
}

/* Keeps the rows up to @header_row in view and prints them on every
 * page, as tafel_xlsx_table() without the filter. */
void
tafel_xlsx_freeze (TafelXlsxSheet *sheet,
                   guint32         header_row)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);

  if (sheet->xlsx->error != NULL)
    return;

  worksheet_freeze_panes (sheet->worksheet, header_row + 1, 0);
  note_failure (sheet, worksheet_repeat_rows (sheet->worksheet, header_row, header_row), header_row, 0);
}

void
tafel_xlsx_hide (TafelXlsxSheet *sheet)
{
  worksheet_hide (sheet->worksheet);
}

/* A width in characters that the content does not change, or
 * TAFEL_XLSX_HIDDEN. */
void
tafel_xlsx_set_width (TafelXlsxSheet *sheet,
                      guint16         col,
                      double          width)
{
  if (sheet->fixed == NULL)
    sheet->fixed = g_array_new (FALSE, TRUE, sizeof (double));
  if (col >= sheet->fixed->len)
    g_array_set_size (sheet->fixed, col + 1);

  g_array_index (sheet->fixed, double, col) = width;
}

void
tafel_xlsx_set_height (TafelXlsxSheet *sheet,
                       guint32         row,
                       double          height)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);

  if (sheet->xlsx->error == NULL)
    note_failure (sheet, worksheet_set_row (sheet->worksheet, row, height, NULL), row, 0);
}

/* Replaces the page header of tafel_xlsx_print() ("Programma van Eisen"
 * and the sheet name) with @left and the sheet name. */
void
tafel_xlsx_print_header (TafelXlsxSheet *sheet,
                         const char     *left)
{
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (sheet->xlsx);
  g_autofree char *header = tafel_xlsx_footer_text (left, "&A");

  if (sheet->xlsx->error == NULL)
    note_failure (sheet, worksheet_set_header (sheet->worksheet, header), 0, 0);
}
