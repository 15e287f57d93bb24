/* tafel-xlsx-reader.c: opening a workbook and what it tells about itself
 *
 * See tafel-xlsx-reader.h for what is read and what is refused, and
 * tafel-xlsx-reader-private.h for how the work is divided.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tafel-error.h"
#include "tafel-xlsx-reader-private.h"

static TafelXlsxBook *
book_new (const char *display)
{
  TafelXlsxBook *book = g_new0 (TafelXlsxBook, 1);

  book->display = g_strdup (display);
  book->entries = g_ptr_array_new_with_free_func (_tafel_xlsx_entry_free);
  book->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return book;
}

static TafelXlsxBook *
book_open (GBytes     *bytes,
           const char *display,
           GError    **error)
{
  g_autoptr(TafelXlsxBook) book = book_new (display);

  book->bytes = g_bytes_ref (bytes);
  if (!_tafel_xlsx_zip_open (book, error) ||
      !_tafel_xlsx_read_workbook (book, error) ||
      !_tafel_xlsx_read_rels (book, error) ||
      !_tafel_xlsx_read_styles (book, error) ||
      !_tafel_xlsx_read_sst (book, error) ||
      !_tafel_xlsx_read_core (book, error))
    return NULL;

  return g_steal_pointer (&book);
}

static void
set_read_error (GError    **error,
                const char *display,
                int         saved_errno)
{
  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IO,
               _("“%s” cannot be read: %s."), display, g_strerror (saved_errno));
}

/* The whole file, after its size was checked: the file is read once, so
 * that the zip directory checked is the zip libgsf unpacks. */
static GBytes *
read_file (const char *path,
           const char *display,
           GError    **error)
{
  g_autofree guint8 *data = NULL;
  GStatBuf st;
  gsize size, done = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_read_error (error, display, errno);
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      set_read_error (error, display, errno);
      close (fd);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is not an Excel workbook (.xlsx): it is not a file."), display);
      close (fd);
      return NULL;
    }
  if (st.st_size > TAFEL_XLSX_MAX_FILE_SIZE)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is refused: it is larger than 20 MB."), display);
      close (fd);
      return NULL;
    }

  /* One byte more than the size: a file that grew meanwhile is noticed. */
  size = st.st_size;
  data = g_malloc (size + 1);
  while (done <= size)
    {
      gssize n = read (fd, data + done, size + 1 - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_read_error (error, display, errno);
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      done += n;
    }
  close (fd);
  if (done > size)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IO,
                   _("“%s” cannot be read: it changed while it was read."), display);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), done);
}

/* ---- public ------------------------------------------------------------ */

/**
 * tafel_xlsx_book_open:
 * @path: an .xlsx file, at most TAFEL_XLSX_MAX_FILE_SIZE bytes
 *
 * Messages name the file by its basename.
 *
 * Returns: (transfer full): the book, or NULL with @error set
 *   (TAFEL_ERROR_IMPORT when the file is refused or damaged,
 *   TAFEL_ERROR_IO when it cannot be read).
 */
TafelXlsxBook *
tafel_xlsx_book_open (const char *path,
                      GError    **error)
{
  g_autofree char *display = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);
  bytes = read_file (path, display, error);
  if (bytes == NULL)
    return NULL;
  return book_open (bytes, display, error);
}

/**
 * tafel_xlsx_book_open_bytes:
 * @bytes: the contents of an .xlsx file
 *
 * As tafel_xlsx_book_open(); messages call the file "workbook". The book
 * keeps a reference to @bytes.
 */
TafelXlsxBook *
tafel_xlsx_book_open_bytes (GBytes  *bytes,
                            GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return book_open (bytes, _("workbook"), error);
}

/* The bytes of the file that was read, e.g. to hash exactly what was
 * parsed. Owned by the book. */
GBytes *
tafel_xlsx_book_get_bytes (TafelXlsxBook *book)
{
  g_return_val_if_fail (book != NULL, NULL);
  return book->bytes;
}

void
tafel_xlsx_book_free (TafelXlsxBook *book)
{
  if (book == NULL)
    return;

  /* The sheets point into the shared strings: they go first. */
  g_clear_pointer (&book->sheets, g_ptr_array_unref);
  g_clear_pointer (&book->sheet_index, g_hash_table_unref);
  g_clear_pointer (&book->rels, g_hash_table_unref);
  g_clear_pointer (&book->sst, g_ptr_array_unref);
  g_clear_pointer (&book->strings, g_string_chunk_free);
  g_clear_pointer (&book->date_xfs, g_array_unref);
  g_clear_pointer (&book->props, g_hash_table_unref);
  g_clear_object (&book->zip);
  g_clear_object (&book->input);
  g_clear_pointer (&book->by_name, g_hash_table_unref);
  g_clear_pointer (&book->entries, g_ptr_array_unref);
  g_clear_pointer (&book->bytes, g_bytes_unref);
  g_free (book->sst_part);
  g_free (book->styles_part);
  g_free (book->display);
  g_free (book);
}

guint
tafel_xlsx_book_get_n_sheets (TafelXlsxBook *book)
{
  g_return_val_if_fail (book != NULL, 0);

  return book->sheets->len;
}

const char *
tafel_xlsx_book_get_sheet_name (TafelXlsxBook *book,
                                guint          index)
{
  g_return_val_if_fail (book != NULL, NULL);
  g_return_val_if_fail (index < book->sheets->len, NULL);

  return ((TafelXlsxSheetInfo *) g_ptr_array_index (book->sheets, index))->name;
}

/* TRUE for a sheet whose state is hidden or veryHidden. */
gboolean
tafel_xlsx_book_sheet_is_hidden (TafelXlsxBook *book,
                                 guint          index)
{
  g_return_val_if_fail (book != NULL, FALSE);
  g_return_val_if_fail (index < book->sheets->len, FALSE);

  return ((TafelXlsxSheetInfo *) g_ptr_array_index (book->sheets, index))->hidden;
}

/* Whether the workbook counts dates from 1904 (its serials are converted
 * to the 1900 system in every cell). */
gboolean
tafel_xlsx_book_is_date1904 (TafelXlsxBook *book)
{
  g_return_val_if_fail (book != NULL, FALSE);

  return book->date1904;
}

/* A document property from docProps/core.xml by its element name:
 * "creator", "lastModifiedBy", "created", "modified", "title", "subject",
 * "description", "keywords"…; NULL when the workbook does not have it. */
const char *
tafel_xlsx_book_get_property (TafelXlsxBook *book,
                              const char    *name)
{
  g_return_val_if_fail (book != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (book->props, name);
}

/**
 * tafel_xlsx_book_get_sheet_by_index:
 *
 * The sheet, read the first time it is asked for. A sheet that cannot be
 * read gives the error every time it is asked for.
 *
 * Returns: (transfer none): the sheet, owned by @book, or NULL with @error
 */
TafelXlsxReadSheet *
tafel_xlsx_book_get_sheet_by_index (TafelXlsxBook *book,
                                    guint          index,
                                    GError       **error)
{
  TafelXlsxSheetInfo *info;

  g_return_val_if_fail (book != NULL, NULL);
  g_return_val_if_fail (index < book->sheets->len, NULL);

  info = g_ptr_array_index (book->sheets, index);
  if (info->sheet == NULL)
    info->sheet = _tafel_xlsx_sheet_read (book, info, error);
  return info->sheet;
}

/* As tafel_xlsx_book_get_sheet_by_index(), by name in any case; NULL and
 * TAFEL_ERROR_NOT_FOUND when there is no such sheet. */
TafelXlsxReadSheet *
tafel_xlsx_book_get_sheet (TafelXlsxBook *book,
                           const char    *name,
                           GError       **error)
{
  g_autofree char *folded = NULL;
  guint index;

  g_return_val_if_fail (book != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_utf8_validate (name, -1, NULL))
    {
      folded = g_utf8_casefold (name, -1);
      index = GPOINTER_TO_UINT (g_hash_table_lookup (book->sheet_index, folded));
    }
  else
    index = 0;
  if (index == 0)
    {
      g_autofree char *shown = _tafel_xlsx_display_name (name, -1);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
                   _("“%s” has no sheet “%s”."), book->display, shown);
      return NULL;
    }
  return tafel_xlsx_book_get_sheet_by_index (book, index - 1, error);
}
