/* fuzz-xlsx-reader.c: libFuzzer target for the xlsx reader
 *
 * Opens the input as a workbook and reads everything in it: every sheet,
 * every cell, the properties. Any crash, leak, undefined behaviour, GLib
 * warning or critical, or an error that is not TAFEL_ERROR is a finding.
 * Built with -Dfuzzing=true (see tests/fuzz/meson.build and HACKING.md).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tafel-error.h"
#include "tafel-xlsx-reader.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A warning or critical from GLib, libgsf or the reader is a finding too:
 * abort() (G_BREAKPOINT's SIGTRAP is not caught by libFuzzer). */
static GLogWriterOutput
abort_on_warnings (GLogLevelFlags   level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         data)
{
  g_log_writer_default (level, fields, n_fields, data);
  if ((level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0)
    abort ();
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (abort_on_warnings, NULL, NULL);
  return 0;
}

static void
read_sheet (TafelXlsxReadSheet *sheet)
{
  guint n = 0;
  const TafelXlsxCell *cells = tafel_xlsx_sheet_get_cells (sheet, &n);
  guint32 n_rows = tafel_xlsx_sheet_get_n_rows (sheet);

  g_assert (n == tafel_xlsx_sheet_get_n_cells (sheet));
  for (guint i = 0; i < n; i++)
    {
      const TafelXlsxCell *cell = &cells[i];

      g_assert (cell->text != NULL && g_utf8_validate (cell->text, -1, NULL));
      g_assert (cell->type != TAFEL_CELL_EMPTY && *cell->text != '\0');
      g_assert (cell->row >= 1 && cell->row <= n_rows);
      g_assert (cell->col >= 1 && cell->col <= tafel_xlsx_sheet_get_n_cols (sheet));
      g_assert (i == 0 || cells[i - 1].row < cell->row ||
                (cells[i - 1].row == cell->row && cells[i - 1].col < cell->col));
      g_assert (tafel_xlsx_sheet_get_cell (sheet, cell->row, cell->col) == cell);
      g_assert (tafel_xlsx_sheet_get_text (sheet, cell->row, cell->col) == cell->text);
    }
  g_assert (n == 0 || cells[n - 1].row == n_rows);
  g_assert (tafel_xlsx_sheet_get_cell (sheet, 0, 0) == NULL);
  g_assert (tafel_xlsx_sheet_get_cell (sheet, n_rows + 1, 1) == NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *const properties[] = { "creator", "modified", "lastModifiedBy", "title" };
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelXlsxBook) book = tafel_xlsx_book_open_bytes (bytes, &error);

  if (book == NULL)
    {
      g_assert (error != NULL && error->domain == TAFEL_ERROR && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    (void) tafel_xlsx_book_get_property (book, properties[i]);

  for (guint i = 0; i < tafel_xlsx_book_get_n_sheets (book); i++)
    {
      g_autoptr(GError) sheet_error = NULL;
      const char *name = tafel_xlsx_book_get_sheet_name (book, i);
      TafelXlsxReadSheet *sheet = tafel_xlsx_book_get_sheet (book, name, &sheet_error);

      g_assert (g_utf8_validate (name, -1, NULL));
      (void) tafel_xlsx_book_sheet_is_hidden (book, i);
      if (sheet == NULL)
        {
          g_assert (sheet_error != NULL && sheet_error->domain == TAFEL_ERROR);
          continue;
        }
      read_sheet (sheet);
    }
  return 0;
}
