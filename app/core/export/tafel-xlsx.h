/* tafel-xlsx.h: writing workbooks people trust, on top of libxlsxwriter
 *
 * A TafelXlsx writes to a temporary file in the destination folder and
 * renames it over the target only when the whole workbook was written, so a
 * failed export never destroys an earlier file or leaves half of one.
 *
 * The cell writers never write formulas: user text always becomes a string
 * cell, numbers are numbers and dates are dates. The one exception is
 * tafel_xlsx_formula(), whose formula the caller builds from cell
 * references, operators and constants only, never from user text. They remember the first
 * failure (with sheet and cell) and do nothing after it; check it with
 * tafel_xlsx_check() once per row or block. Column widths follow the
 * content and are set when the workbook is closed.
 */
#pragma once

#include <gio/gio.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* Widest column, in characters; longer text wraps within it. */
#define TAFEL_XLSX_MAX_WIDTH 60

/* How tafel_xlsx_value() and tafel_xlsx_formula() show a number. */
typedef enum {
  TAFEL_XLSX_GENERAL,     /* as tafel_xlsx_number() */
  TAFEL_XLSX_DECIMAL,     /* one or two decimals: 2.5, 4.33 */
  TAFEL_XLSX_PERCENT,     /* a fraction as a percentage: 0.083 is 8.30% */
  TAFEL_XLSX_EURO,        /* € 1,234.50 (in Excel's locale) */
  TAFEL_XLSX_EURO_TOTAL,  /* the same, in bold */
} TafelXlsxNumFormat;

typedef struct _TafelXlsx      TafelXlsx;
typedef struct _TafelXlsxSheet TafelXlsxSheet;

typedef struct {
  const char *title;
  const char *subject;
  const char *company;
  const char *category;
  const char *keywords;
  const char *comments;
} TafelXlsxProperties;

TafelXlsx      *tafel_xlsx_new              (const char                *path,
                                             gboolean                   constant_memory,
                                             GError                   **error);
void            tafel_xlsx_free             (TafelXlsx                 *self);
gboolean        tafel_xlsx_set_properties   (TafelXlsx                 *self,
                                             const TafelXlsxProperties *props,
                                             GError                   **error);
TafelXlsxSheet *tafel_xlsx_add_sheet        (TafelXlsx                 *self,
                                             const char                *name,
                                             GError                   **error);
gboolean        tafel_xlsx_check            (TafelXlsx                 *self,
                                             GError                   **error);
gboolean        tafel_xlsx_close            (TafelXlsx                 *self,
                                             GError                   **error);

/* Cells. @row and @col count from 0. */
void            tafel_xlsx_text             (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             const char                *text);
void            tafel_xlsx_label            (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             const char                *text);
void            tafel_xlsx_title            (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             const char                *text,
                                             gboolean                   subtitle);
void            tafel_xlsx_header           (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             const char *const         *titles,
                                             guint                      n_titles);
void            tafel_xlsx_number           (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             double                     value);
void            tafel_xlsx_value            (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             double                     value,
                                             TafelXlsxNumFormat         format);
void            tafel_xlsx_formula          (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             const char                *formula,
                                             double                     cached_result,
                                             TafelXlsxNumFormat         format);
void            tafel_xlsx_note             (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             const char                *text);
void            tafel_xlsx_date             (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             const char                *iso_date);
void            tafel_xlsx_datetime         (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             GDateTime                 *datetime);
void            tafel_xlsx_timestamp        (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             const char                *utc_timestamp);

/* Sheet layout. */
void            tafel_xlsx_table            (TafelXlsxSheet            *sheet,
                                             guint32                    header_row,
                                             guint32                    last_row,
                                             guint16                    n_cols);
void            tafel_xlsx_print            (TafelXlsxSheet            *sheet,
                                             const char                *footer_title);
void            tafel_xlsx_set_version      (TafelXlsx                 *self,
                                             const char                *version);
void            tafel_xlsx_validate_list    (TafelXlsxSheet            *sheet,
                                             guint32                    first_row,
                                             guint16                    col,
                                             const char *const         *values);
const char     *tafel_xlsx_sheet_get_name   (TafelXlsxSheet            *sheet);

/* Workbooks people fill in (tafel-xlsx-input.c): input cells are unlocked and
 * light yellow, everything else stays locked once the sheet is protected
 * (without a password). */
typedef enum {
  TAFEL_XLSX_INPUT_TEXT,    /* text, wrapped */
  TAFEL_XLSX_INPUT_NUMBER,  /* a number, shown as typed */
  TAFEL_XLSX_INPUT_CHOICE,  /* a value from a drop-down list */
} TafelXlsxInput;

/* A column width for tafel_xlsx_set_width() that hides the column. */
#define TAFEL_XLSX_HIDDEN (-1.0)

void            tafel_xlsx_input            (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             TafelXlsxInput             kind,
                                             const char                *text);
void            tafel_xlsx_muted            (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             guint16                    col,
                                             const char                *text);
void            tafel_xlsx_validate         (TafelXlsxSheet            *sheet,
                                             guint32                    first_row,
                                             guint32                    last_row,
                                             guint16                    col,
                                             const lxw_data_validation *validation);
void            tafel_xlsx_protect          (TafelXlsxSheet            *sheet);
void            tafel_xlsx_freeze           (TafelXlsxSheet            *sheet,
                                             guint32                    header_row);
void            tafel_xlsx_hide             (TafelXlsxSheet            *sheet);
void            tafel_xlsx_set_width        (TafelXlsxSheet            *sheet,
                                             guint16                    col,
                                             double                     width);
void            tafel_xlsx_set_height       (TafelXlsxSheet            *sheet,
                                             guint32                    row,
                                             double                     height);
void            tafel_xlsx_print_header     (TafelXlsxSheet            *sheet,
                                             const char                *left);

/* Helpers, public for the tests. */
void            tafel_xlsx_set_error        (GError                   **error,
                                             lxw_error                  rc,
                                             const char                *path,
                                             const char                *sheet,
                                             gint64                     row,
                                             gint                       col);
char           *tafel_xlsx_sheet_name       (const char                *name);
char           *tafel_xlsx_escape_text      (const char                *text);
char           *tafel_xlsx_footer_text      (const char                *left,
                                             const char                *right);
char           *tafel_xlsx_footer_text_full (const char                *left,
                                             const char                *center,
                                             const char                *right);
char           *tafel_xlsx_cell_ref         (guint32                    row,
                                             guint16                    col,
                                             gboolean                   absolute);

G_END_DECLS
