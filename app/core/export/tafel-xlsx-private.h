/* tafel-xlsx-private.h: what the parts of tafel-xlsx share */
#pragma once

#include "tafel-xlsx.h"

G_BEGIN_DECLS

struct _TafelXlsx
{
  lxw_workbook *workbook;    /* NULL once closed */
  char         *path;        /* the target */
  char         *tmp_path;    /* what libxlsxwriter writes; NULL once renamed */
  GPtrArray    *sheets;
  GError       *error;       /* first failure of a cell writer */
  GTimeZone    *local;

  lxw_format   *header;
  lxw_format   *text;
  lxw_format   *wrap;
  lxw_format   *label;
  lxw_format   *title;
  lxw_format   *subtitle;
  lxw_format   *number;
  lxw_format   *date;
  lxw_format   *datetime;
};

struct _TafelXlsxSheet
{
  TafelXlsx     *xlsx;
  lxw_worksheet *worksheet;
  char          *name;
  GArray        *widths;     /* double per column, in characters */
};

void _tafel_xlsx_set_path_error  (GError    **error,
                                  const char *path,
                                  const char *reason);
void _tafel_xlsx_set_errno_error (GError    **error,
                                  const char *path,
                                  const char *folder,
                                  int         saved_errno);

G_END_DECLS
