/* tafel-xlsx-reader.h: reading .xlsx workbooks from anyone, safely
 *
 * A TafelXlsxBook is opened from a file or from bytes. Opening reads the
 * zip directory, the workbook, its relationships, the styles, the shared
 * strings and the document properties; a sheet is read the first time it is
 * asked for. Workbooks written by Excel, LibreOffice, libxlsxwriter and
 * openpyxl are read as Excel shows them: numbers, text, booleans, errors and
 * dates (numbers with a date format).
 *
 * The file is untrusted. Everything that is refused (a file larger than
 * TAFEL_XLSX_MAX_FILE_SIZE, more than TAFEL_XLSX_MAX_ENTRIES files in the
 * zip, a file name that points outside the workbook, a part that unpacks
 * to more than TAFEL_XLSX_MAX_PART_SIZE, all parts together to more than
 * TAFEL_XLSX_MAX_TOTAL_SIZE, a part larger than 1 MB packed more than
 * TAFEL_XLSX_MAX_RATIO times, XML with a document type declaration, a cell
 * beyond XFD1048576) and everything that is damaged ends in a TAFEL_ERROR
 * TAFEL_ERROR_IMPORT with a translated message that names the file.
 *
 * A sheet read is a TafelXlsxReadSheet, a type of its own, so that it
 * can never be mixed up with a TafelXlsxSheet of the workbook writer
 * (tafel-xlsx.h).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TAFEL_XLSX_MAX_FILE_SIZE      (20 * 1024 * 1024)
#define TAFEL_XLSX_MAX_ENTRIES        200
#define TAFEL_XLSX_MAX_PART_SIZE      (50 * 1024 * 1024)
#define TAFEL_XLSX_MAX_TOTAL_SIZE     (200 * 1024 * 1024)
#define TAFEL_XLSX_MAX_RATIO          100

/* Excel's largest sheet: XFD1048576. */
#define TAFEL_XLSX_MAX_ROW            1048576
#define TAFEL_XLSX_MAX_COL            16384

typedef enum {
  TAFEL_CELL_EMPTY,
  TAFEL_CELL_STRING,
  TAFEL_CELL_NUMBER,
  TAFEL_CELL_BOOL,
  TAFEL_CELL_DATE,
  TAFEL_CELL_ERROR,
} TafelCellType;

typedef struct {
  guint32       row;     /* 1-based, as Excel shows it */
  guint16       col;     /* 1-based: A = 1 */
  TafelCellType type;
  double        number;  /* NUMBER; BOOL 0 or 1; DATE: Excel serial in the 1900
                          * system (a date1904 workbook's serials converted) */
  const char   *text;    /* never NULL: the string; for a NUMBER the shortest
                          * C-locale text that reads back as the same double
                          * ("2.5", "60"); for a DATE "2026-11-10" or
                          * "2026-11-10T12:00:00" when it has a time; for a
                          * BOOL "TRUE" or "FALSE"; for an ERROR "#N/A" etc. */
} TafelXlsxCell;

typedef struct _TafelXlsxBook  TafelXlsxBook;
typedef struct _TafelXlsxReadSheet TafelXlsxReadSheet;   /* owned by the book */

TafelXlsxBook       *tafel_xlsx_book_open            (const char     *path,
                                                      GError        **error);
TafelXlsxBook       *tafel_xlsx_book_open_bytes      (GBytes         *bytes,
                                                      GError        **error);
void                 tafel_xlsx_book_free            (TafelXlsxBook  *book);

GBytes              *tafel_xlsx_book_get_bytes       (TafelXlsxBook  *book);
guint                tafel_xlsx_book_get_n_sheets    (TafelXlsxBook  *book);
const char          *tafel_xlsx_book_get_sheet_name  (TafelXlsxBook  *book,
                                                      guint           index);
gboolean             tafel_xlsx_book_sheet_is_hidden (TafelXlsxBook  *book,
                                                      guint           index);
gboolean             tafel_xlsx_book_is_date1904     (TafelXlsxBook  *book);
const char          *tafel_xlsx_book_get_property    (TafelXlsxBook  *book,
                                                      const char     *name);
TafelXlsxReadSheet      *tafel_xlsx_book_get_sheet       (TafelXlsxBook  *book,
                                                      const char     *name,
                                                      GError        **error);
TafelXlsxReadSheet      *tafel_xlsx_book_get_sheet_by_index (TafelXlsxBook *book,
                                                         guint          index,
                                                         GError       **error);

guint32              tafel_xlsx_sheet_get_n_rows     (TafelXlsxReadSheet *sheet);
guint16              tafel_xlsx_sheet_get_n_cols     (TafelXlsxReadSheet *sheet);
guint                tafel_xlsx_sheet_get_n_cells    (TafelXlsxReadSheet *sheet);
const TafelXlsxCell *tafel_xlsx_sheet_get_cell       (TafelXlsxReadSheet *sheet,
                                                      guint32         row,
                                                      guint16         col);
const char          *tafel_xlsx_sheet_get_text       (TafelXlsxReadSheet *sheet,
                                                      guint32         row,
                                                      guint16         col);
const TafelXlsxCell *tafel_xlsx_sheet_get_row        (TafelXlsxReadSheet *sheet,
                                                      guint32         row,
                                                      guint          *n_cells);
const TafelXlsxCell *tafel_xlsx_sheet_get_cells      (TafelXlsxReadSheet *sheet,
                                                      guint          *n_cells);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TafelXlsxBook, tafel_xlsx_book_free)

G_END_DECLS
