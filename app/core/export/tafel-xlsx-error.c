/* tafel-xlsx-error.c: clear, translated messages for every way an export can fail */
#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-xlsx-private.h"

/* "“/home/an/pve.xlsx”" as people read it, whatever its encoding. */
static char *
dup_display (const char *path)
{
  return g_filename_display_name (path);
}

void
_tafel_xlsx_set_path_error (GError    **error,
                            const char *path,
                            const char *reason)
{
  g_autofree char *display = dup_display (path);

  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT,
               _("Could not export to “%s”: %s"), display, reason);
}

void
_tafel_xlsx_set_errno_error (GError    **error,
                             const char *path,
                             const char *folder,
                             int         saved_errno)
{
  g_autofree char *display_folder = dup_display (folder);
  g_autofree char *reason = NULL;

  switch (saved_errno)
    {
    case ENOENT:
      reason = g_strdup_printf (_("the folder “%s” does not exist."), display_folder);
      break;
    case ENOTDIR:
      reason = g_strdup_printf (_("“%s” is not a folder."), display_folder);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      reason = g_strdup_printf (_("the folder “%s” is read-only."), display_folder);
      break;
    case ENOSPC:
    case EDQUOT:
      reason = g_strdup (_("the disk is full."));
      break;
    default:
      reason = g_strdup_printf (_("the system reported: %s."), g_strerror (saved_errno));
      break;
    }

  _tafel_xlsx_set_path_error (error, path, reason);
}

static const char *
describe_lxw_error (lxw_error rc)
{
  switch (rc)
    {
    case LXW_NO_ERROR:
      return _("no error was reported.");
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      return _("there is not enough memory.");
    case LXW_ERROR_CREATING_XLSX_FILE:
      return _("the file could not be created; check that the folder exists and can be written to.");
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
      return _("a temporary file could not be used; the temporary folder may be full or read-only.");
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return _("the file could not be written; the disk may be full or the folder read-only.");
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
      return _("the file could not be packed as a workbook.");
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
      return _("the workbook is too large for the file format.");
    case LXW_ERROR_FEATURE_NOT_SUPPORTED:
      return _("the workbook uses a feature that cannot be written.");
    case LXW_ERROR_NULL_PARAMETER_IGNORED:
      return _("a value is missing.");
    case LXW_ERROR_PARAMETER_VALIDATION:
      return _("a value was refused.");
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
      return _("a sheet name is longer than 31 characters.");
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
      return _("a sheet name contains one of the characters [ ] : * ? / \\.");
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
      return _("a sheet name starts or ends with an apostrophe.");
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
      return _("two sheets have the same name.");
    case LXW_ERROR_32_STRING_LENGTH_EXCEEDED:
      return _("a text is longer than the 32 characters it may have there.");
    case LXW_ERROR_128_STRING_LENGTH_EXCEEDED:
      return _("a text is longer than the 128 characters it may have there.");
    case LXW_ERROR_255_STRING_LENGTH_EXCEEDED:
      return _("a text is longer than the 255 characters it may have there.");
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
      return _("the text is longer than the 32,767 characters an Excel cell can hold.");
    case LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND:
      return _("a text could not be found again while writing.");
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
      return _("the cell lies outside the sheet (at most 1,048,576 rows and 16,384 columns, written from top to bottom).");
    case LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED:
      return _("a link is longer than the 2,079 characters Excel allows.");
    case LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED:
      return _("a sheet has more than the 65,530 links Excel allows.");
    case LXW_ERROR_IMAGE_DIMENSIONS:
      return _("the size of an image could not be read.");
    case LXW_MAX_ERRNO:
    default:
      return NULL;
    }
}

/* A translated TAFEL_ERROR_EXPORT for a libxlsxwriter error: what went
 * wrong, in which file and, when known, on which sheet and in which cell
 * (@row and @col count from 0; -1 when unknown). */
void
tafel_xlsx_set_error (GError    **error,
                      lxw_error   rc,
                      const char *path,
                      const char *sheet,
                      gint64      row,
                      gint        col)
{
  g_autofree char *display = dup_display (path);
  g_autofree char *unknown = NULL;
  g_autofree char *where = NULL;
  const char *reason = describe_lxw_error (rc);

  if (reason == NULL)
    reason = unknown = g_strdup_printf (_("the workbook library reported error %d (%s)."),
                                        (int) rc, lxw_strerror (rc));

  if (sheet != NULL && row >= 0 && col >= 0 && row < LXW_ROW_MAX && col < LXW_COL_MAX)
    {
      char cell[LXW_MAX_CELL_NAME_LENGTH];

      lxw_rowcol_to_cell (cell, row, col);
      /* Translators: where an export failed: sheet “Geeltjes”, cell I12 (row 12) */
      where = g_strdup_printf (_("sheet “%s”, cell %s (row %u)"), sheet, cell, (guint) row + 1);
    }
  else if (sheet != NULL)
    {
      where = g_strdup_printf (_("sheet “%s”"), sheet);
    }

  if (where != NULL)
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT,
                 _("Could not export to “%s” (%s): %s"), display, where, reason);
  else
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT,
                 _("Could not export to “%s”: %s"), display, reason);
}
