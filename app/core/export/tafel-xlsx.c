/* tafel-xlsx.c: writing workbooks people trust, on top of libxlsxwriter */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tafel-xlsx-private.h"

#define MIN_WIDTH 6.0

static void
sheet_free (gpointer data)
{
  TafelXlsxSheet *sheet = data;

  g_array_unref (sheet->widths);
  g_clear_pointer (&sheet->fixed, g_array_unref);
  g_free (sheet->name);
  g_free (sheet);
}

/* Everything we can find out before writing a single cell. */
static gboolean
check_destination (const char *path,
                   GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);

  if (*path == '\0' || g_str_equal (base, G_DIR_SEPARATOR_S) || g_str_equal (base, "."))
    {
      _tafel_xlsx_set_path_error (error, path, _("give a file name."));
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      _tafel_xlsx_set_path_error (error, path, _("it is a folder; choose a file name."));
      return FALSE;
    }

  if (!g_file_test (folder, G_FILE_TEST_EXISTS))
    {
      _tafel_xlsx_set_errno_error (error, path, folder, ENOENT);
      return FALSE;
    }

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      _tafel_xlsx_set_errno_error (error, path, folder, ENOTDIR);
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          _tafel_xlsx_set_path_error (error, path, _("it is not a regular file."));
          return FALSE;
        }
      if (g_access (path, W_OK) != 0)
        {
          _tafel_xlsx_set_path_error (error, path, _("the file is read-only."));
          return FALSE;
        }
    }

  return TRUE;
}

static lxw_format *
add_format (TafelXlsx   *self,
            const char  *num_format,
            gboolean     wrap)
{
  lxw_format *format = workbook_add_format (self->workbook);

  if (format == NULL)
    return NULL;

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (num_format != NULL)
    {
      format_set_num_format (format, num_format);
      format_set_align (format, LXW_ALIGN_LEFT);
    }
  if (wrap)
    format_set_text_wrap (format);

  return format;
}

static gboolean
add_formats (TafelXlsx *self)
{
  self->header = add_format (self, NULL, FALSE);
  self->text = add_format (self, NULL, FALSE);
  self->wrap = add_format (self, NULL, TRUE);
  self->label = add_format (self, NULL, FALSE);
  self->title = add_format (self, NULL, FALSE);
  self->subtitle = add_format (self, NULL, FALSE);
  self->number = add_format (self, "0", FALSE);
  /* Dutch dates: 28-10-2025 and 28-10-2025 13:05. */
  self->date = add_format (self, "d-m-yyyy", FALSE);
  self->datetime = add_format (self, "d-m-yyyy hh:mm", FALSE);
  /* Amounts and fractions: Excel shows the separators of its locale
   * (€ 1.234,50 and 8,30% in Dutch). */
  self->decimal = add_format (self, "0.0#", FALSE);
  self->percent = add_format (self, "0.00%", FALSE);
  self->euro = add_format (self, "€ #,##0.00", FALSE);
  self->euro_total = add_format (self, "€ #,##0.00", FALSE);
  self->note = add_format (self, NULL, FALSE);

  if (self->header == NULL || self->text == NULL || self->wrap == NULL ||
      self->label == NULL || self->title == NULL || self->subtitle == NULL ||
      self->number == NULL || self->date == NULL || self->datetime == NULL ||
      self->decimal == NULL || self->percent == NULL || self->euro == NULL ||
      self->euro_total == NULL || self->note == NULL)
    return FALSE;

  format_set_bold (self->header);
  format_set_bg_color (self->header, 0xFFE699);
  format_set_bottom (self->header, LXW_BORDER_THIN);
  format_set_bold (self->label);
  format_set_bold (self->title);
  format_set_font_size (self->title, 16);
  format_set_bold (self->subtitle);
  format_set_font_size (self->subtitle, 13);
  /* Amounts line up on the right, as in any spreadsheet. */
  format_set_align (self->decimal, LXW_ALIGN_RIGHT);
  format_set_align (self->percent, LXW_ALIGN_RIGHT);
  format_set_align (self->euro, LXW_ALIGN_RIGHT);
  format_set_align (self->euro_total, LXW_ALIGN_RIGHT);
  format_set_bold (self->euro_total);
  format_set_italic (self->note);

  return TRUE;
}

/* Creates the temporary file the workbook is written to, beside @path, so
 * that the final rename stays on one file system. */
static char *
create_tmp_file (const char *path,
                 GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *tmp = g_build_filename (folder, ".~ontwikkeltafel-XXXXXX.xlsx", NULL);
  int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666);

  if (fd < 0)
    {
      _tafel_xlsx_set_errno_error (error, path, folder, errno);
      return NULL;
    }
  close (fd);

  return g_steal_pointer (&tmp);
}

TafelXlsx *
tafel_xlsx_new (const char *path,
                gboolean    constant_memory,
                GError    **error)
{
  lxw_workbook_options options = { .constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE };
  g_autofree char *target = NULL;
  TafelXlsx *self;
  char *tmp;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_destination (path, error))
    return NULL;

  /* Replace what a link points to, not the link. */
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) && g_file_test (path, G_FILE_TEST_EXISTS))
    target = realpath (path, NULL);
  if (target != NULL)
    path = target;

  tmp = create_tmp_file (path, error);
  if (tmp == NULL)
    return NULL;

  self = g_new0 (TafelXlsx, 1);
  self->path = g_strdup (path);
  self->tmp_path = tmp;
  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  self->local = g_time_zone_new_local ();
  {
    locale_t base = duplocale (uselocale ((locale_t) 0));

    if (base != (locale_t) 0)
      {
        self->c_numeric = newlocale (LC_NUMERIC_MASK, "C", base);
        if (self->c_numeric == (locale_t) 0)
          freelocale (base);
      }
  }
  self->workbook = workbook_new_opt (tmp, &options);

  if (self->workbook == NULL || !add_formats (self))
    {
      tafel_xlsx_set_error (error, LXW_ERROR_MEMORY_MALLOC_FAILED, path, NULL, -1, -1);
      tafel_xlsx_free (self);
      return NULL;
    }

  return self;
}

/* Drops the workbook unless it was closed, and removes the temporary file
 * unless it became the target. */
void
tafel_xlsx_free (TafelXlsx *self)
{
  if (self == NULL)
    return;

  if (self->workbook != NULL)
    {
      /* lxw_workbook_free() leaves the temporary file of each
       * constant-memory worksheet open; only workbook_close() closes it. */
      for (guint i = 0; i < self->sheets->len; i++)
        {
          TafelXlsxSheet *sheet = g_ptr_array_index (self->sheets, i);

          if (sheet->worksheet->optimize_tmpfile != NULL)
            fclose (sheet->worksheet->optimize_tmpfile);
          sheet->worksheet->optimize_tmpfile = NULL;
          sheet->worksheet->file = NULL;
        }
      g_clear_pointer (&self->workbook, lxw_workbook_free);
    }

  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);

  g_free (self->tmp_path);
  g_free (self->path);
  g_free (self->version);
  g_ptr_array_unref (self->sheets);
  g_clear_error (&self->error);
  g_time_zone_unref (self->local);
  if (self->c_numeric != (locale_t) 0)
    freelocale (self->c_numeric);
  g_free (self);
}

gboolean
tafel_xlsx_set_properties (TafelXlsx                 *self,
                           const TafelXlsxProperties *props,
                           GError                   **error)
{
  lxw_doc_properties doc = {
    .title = (char *) props->title,
    .subject = (char *) props->subject,
    .company = (char *) props->company,
    .category = (char *) props->category,
    .keywords = (char *) props->keywords,
    .comments = (char *) props->comments,
    .created = time (NULL),
  };
  lxw_error rc = workbook_set_properties (self->workbook, &doc);

  if (rc != LXW_NO_ERROR)
    {
      tafel_xlsx_set_error (error, rc, self->path, NULL, -1, -1);
      return FALSE;
    }

  return TRUE;
}

/* A name Excel accepts: at most 31 characters, none of []:*?/\ and no
 * apostrophe at either end. */
char *
tafel_xlsx_sheet_name (const char *name)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = name; *p != '\0' && n < LXW_SHEETNAME_MAX; p = g_utf8_next_char (p), n++)
    {
      if (strchr ("[]:*?/\\", *p) != NULL)
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, g_utf8_get_char (p));
    }

  while (out->len > 0 && (out->str[out->len - 1] == '\'' || g_ascii_isspace (out->str[out->len - 1])))
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && (out->str[0] == '\'' || g_ascii_isspace (out->str[0])))
    g_string_erase (out, 0, 1);

  if (out->len == 0)
    g_string_assign (out, _("Sheet"));

  return g_string_free (out, FALSE);
}

TafelXlsxSheet *
tafel_xlsx_add_sheet (TafelXlsx  *self,
                      const char *name,
                      GError    **error)
{
  g_autofree char *valid = tafel_xlsx_sheet_name (name);
  TafelXlsxSheet *sheet;
  lxw_worksheet *worksheet;
  lxw_error rc;

  /* Two translations that come out the same get a number. */
  for (guint i = 2; workbook_get_worksheet_by_name (self->workbook, valid) != NULL; i++)
    {
      g_autofree char *numbered = g_strdup_printf ("%.27s (%u)", name, i);

      g_free (valid);
      valid = tafel_xlsx_sheet_name (numbered);
    }

  rc = workbook_validate_sheet_name (self->workbook, valid);
  if (rc != LXW_NO_ERROR)
    {
      tafel_xlsx_set_error (error, rc, self->path, valid, -1, -1);
      return NULL;
    }

  worksheet = workbook_add_worksheet (self->workbook, valid);
  if (worksheet == NULL)
    {
      tafel_xlsx_set_error (error, LXW_ERROR_CREATING_TMPFILE, self->path, valid, -1, -1);
      return NULL;
    }

  sheet = g_new0 (TafelXlsxSheet, 1);
  sheet->xlsx = self;
  sheet->worksheet = worksheet;
  sheet->name = g_steal_pointer (&valid);
  sheet->widths = g_array_new (FALSE, TRUE, sizeof (double));
  g_ptr_array_add (self->sheets, sheet);

  return sheet;
}

const char *
tafel_xlsx_sheet_get_name (TafelXlsxSheet *sheet)
{
  return sheet->name;
}

gboolean
tafel_xlsx_check (TafelXlsx *self,
                  GError   **error)
{
  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
apply_widths (TafelXlsx *self)
{
  for (guint i = 0; i < self->sheets->len && self->error == NULL; i++)
    {
      TafelXlsxSheet *sheet = g_ptr_array_index (self->sheets, i);

      guint n_cols = MAX (sheet->widths->len, sheet->fixed != NULL ? sheet->fixed->len : 0);

      for (guint col = 0; col < n_cols; col++)
        {
          double width = col < sheet->widths->len ? g_array_index (sheet->widths, double, col) : 0;
          double fixed = sheet->fixed != NULL && col < sheet->fixed->len
                         ? g_array_index (sheet->fixed, double, col) : 0;
          lxw_row_col_options hidden = { .hidden = LXW_TRUE };
          lxw_error rc;

          if (fixed < 0)
            rc = worksheet_set_column_opt (sheet->worksheet, col, col, LXW_DEF_COL_WIDTH, NULL, &hidden);
          else if (fixed > 0)
            rc = worksheet_set_column (sheet->worksheet, col, col, fixed, NULL);
          else if (width <= 0)
            continue;
          else
            rc = worksheet_set_column (sheet->worksheet, col, col,
                                       CLAMP (width, MIN_WIDTH, TAFEL_XLSX_MAX_WIDTH + 2), NULL);
          if (rc != LXW_NO_ERROR)
            tafel_xlsx_set_error (&self->error, rc, self->path, sheet->name, -1, col);
        }
    }

  return self->error == NULL;
}

/* Makes sure the bytes are on the disk before the rename makes them the
 * target. */
static gboolean
sync_file (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int rc;

  if (fd < 0)
    return FALSE;

  rc = fsync (fd);
  close (fd);
  return rc == 0;
}

/* Writes the workbook and puts it in place of the target. On failure the
 * target is as it was; call tafel_xlsx_free() either way. */
gboolean
tafel_xlsx_close (TafelXlsx *self,
                  GError   **error)
{
  g_autofree char *folder = g_path_get_dirname (self->path);
  g_auto(TafelXlsxNumericGuard) numeric = _tafel_xlsx_use_c_numeric (self);
  lxw_error rc;

  if (!apply_widths (self))
    return tafel_xlsx_check (self, error);

  rc = workbook_close (g_steal_pointer (&self->workbook));
  if (rc != LXW_NO_ERROR)
    {
      tafel_xlsx_set_error (error, rc, self->path, NULL, -1, -1);
      return FALSE;
    }

  if (!sync_file (self->tmp_path))
    {
      _tafel_xlsx_set_errno_error (error, self->path, folder, errno);
      return FALSE;
    }

  if (g_rename (self->tmp_path, self->path) != 0)
    {
      _tafel_xlsx_set_errno_error (error, self->path, folder, errno);
      return FALSE;
    }

  g_clear_pointer (&self->tmp_path, g_free);
  sync_file (folder);

  return TRUE;
}
