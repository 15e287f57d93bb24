/* tafel-xlsx-private.h: what the parts of tafel-xlsx share */
#pragma once

#include <locale.h>

#include "tafel-xlsx.h"

G_BEGIN_DECLS

struct _TafelXlsx
{
  lxw_workbook *workbook;    /* NULL once closed */
  char         *path;        /* the target */
  char         *tmp_path;    /* what libxlsxwriter writes; NULL once renamed */
  GPtrArray    *sheets;
  char         *version;     /* the centre of every page header, or NULL */
  GError       *error;       /* first failure of a cell writer */
  GTimeZone    *local;
  locale_t      c_numeric;   /* the caller's locale with a "C" LC_NUMERIC, or 0 */

  lxw_format   *header;
  lxw_format   *text;
  lxw_format   *wrap;
  lxw_format   *label;
  lxw_format   *title;
  lxw_format   *subtitle;
  lxw_format   *number;
  lxw_format   *date;
  lxw_format   *datetime;
  lxw_format   *decimal;
  lxw_format   *percent;
  lxw_format   *euro;
  lxw_format   *euro_total;
  lxw_format   *note;

  /* For workbooks people fill in; made when first used. */
  lxw_format   *input[3];    /* by TafelXlsxInput */
  lxw_format   *muted;
};

struct _TafelXlsxSheet
{
  TafelXlsx     *xlsx;
  lxw_worksheet *worksheet;
  char          *name;
  GArray        *widths;     /* double per column, in characters */
  GArray        *fixed;      /* double per column: a fixed width, TAFEL_XLSX_HIDDEN
                              * or 0 (follow the content); NULL until set */
};

/* libxlsxwriter writes numbers (cell values, formula results, widths,
 * margins) with printf, which follows LC_NUMERIC: in a Dutch locale it
 * would write "0,5", which Excel and openpyxl refuse. Every call that may
 * write XML therefore runs with a "C" LC_NUMERIC for this thread:
 *   g_auto(TafelXlsxNumericGuard) guard = _tafel_xlsx_use_c_numeric (self);
 * Messages (LC_MESSAGES) stay as they were. */
typedef locale_t TafelXlsxNumericGuard;

static inline TafelXlsxNumericGuard
_tafel_xlsx_use_c_numeric (TafelXlsx *self)
{
  return self->c_numeric != (locale_t) 0 ? uselocale (self->c_numeric) : (locale_t) 0;
}

static inline void
_tafel_xlsx_restore_numeric (TafelXlsxNumericGuard previous)
{
  uselocale (previous);
}

G_DEFINE_AUTO_CLEANUP_FREE_FUNC (TafelXlsxNumericGuard, _tafel_xlsx_restore_numeric, (locale_t) 0)

void _tafel_xlsx_set_path_error  (GError    **error,
                                  const char *path,
                                  const char *reason);
void _tafel_xlsx_set_errno_error (GError    **error,
                                  const char *path,
                                  const char *folder,
                                  int         saved_errno);

G_END_DECLS
