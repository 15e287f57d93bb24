/* tafel-export-pve.c: placeholder */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-export-pve.h"

gboolean
tafel_export_pve (TafelStore  *store,
                  gint64       traject_id,
                  const char  *path,
                  GError     **error)
{
  g_set_error_literal (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT, "not implemented yet");
  return FALSE;
}
