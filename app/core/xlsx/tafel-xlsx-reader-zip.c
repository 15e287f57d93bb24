/* tafel-xlsx-reader-zip.c: the zip container of a workbook, distrusted
 *
 * libgsf unpacks the parts, but it normalises names (it splits them on
 * "/" into folders, so "../evil.xml" becomes a folder ".."), it does not
 * say how large a part is packed and it believes the sizes in the
 * directory. So the central directory is read here first, by hand, and
 * every entry is checked: how many there are, their names, that each local
 * header agrees with the directory and that no two entries share data.
 * Only then is libgsf asked to open the zip, and what it sees must be what
 * was checked. Unpacking is in tafel-xlsx-reader-unpack.c.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-input-memory.h>

#include "tafel-error.h"
#include "tafel-xlsx-reader-private.h"

#define MAX_NAME_LENGTH   1024

/* libgsf 1.14 has no g_autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)

#define SIG_LOCAL         0x04034b50u
#define SIG_CENTRAL       0x02014b50u
#define SIG_END           0x06054b50u
#define SIG_END64         0x06064b50u
#define SIG_LOCATOR64     0x07064b50u

#define END_SIZE          22
#define END64_SIZE        56
#define LOCATOR64_SIZE    20
#define CENTRAL_SIZE      46
#define LOCAL_SIZE        30

typedef enum {
  NAME_OK,
  NAME_OUTSIDE,   /* "..", an absolute path, a backslash, a drive */
  NAME_INVALID,   /* empty, a control character, an empty component */
} NameCheck;

typedef struct {
  const guint8 *data;
  gsize         size;
} Raw;

static guint16
get16 (const guint8 *p)
{
  return (guint16) (p[0] | (p[1] << 8));
}

static guint32
get32 (const guint8 *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

static guint64
get64 (const guint8 *p)
{
  return (guint64) get32 (p) | ((guint64) get32 (p + 4) << 32);
}

/* Is [offset, offset + length) inside the file? */
static gboolean
in_file (const Raw *raw,
         guint64    offset,
         guint64    length)
{
  return offset <= raw->size && length <= raw->size - offset;
}

static void
set_damaged (TafelXlsxBook *book,
             GError       **error)
{
  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
               _("“%s” is damaged: its list of files cannot be read."), book->display);
}

/* A name fit for a message: valid UTF-8 without control characters. */
char *
_tafel_xlsx_display_name (const char *name,
                          gssize      length)
{
  char *valid = g_utf8_make_valid (name, length);

  for (char *p = valid; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = '?';
  return valid;
}

static NameCheck
check_name (const char *name,
            gsize       length,
            gboolean   *is_dir)
{
  gsize start = 0;

  *is_dir = FALSE;
  if (length == 0 || length > MAX_NAME_LENGTH)
    return NAME_INVALID;
  if (name[0] == '/' || memchr (name, '\\', length) != NULL ||
      (length >= 2 && g_ascii_isalpha (name[0]) && name[1] == ':'))
    return NAME_OUTSIDE;

  for (gsize i = 0; i < length; i++)
    if ((guchar) name[i] < 0x20 || name[i] == 0x7f)
      return NAME_INVALID;

  if (name[length - 1] == '/')
    {
      *is_dir = TRUE;
      length--;
    }

  /* Every component: not empty, not "." and not "..". */
  for (gsize i = 0; i <= length; i++)
    {
      if (i < length && name[i] != '/')
        continue;
      if (i - start == 2 && name[start] == '.' && name[start + 1] == '.')
        return NAME_OUTSIDE;
      if (i == start || (i - start == 1 && name[start] == '.'))
        return NAME_INVALID;
      start = i + 1;
    }
  return NAME_OK;
}

static gboolean
refuse_name (TafelXlsxBook *book,
             NameCheck      check,
             const char    *name,
             gsize          length,
             GError       **error)
{
  g_autofree char *shown = _tafel_xlsx_display_name (name, length);

  if (check == NAME_OUTSIDE)
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                 _("“%s” is refused: it contains the file name “%s”, which points outside the workbook."),
                 book->display, shown);
  else
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                 _("“%s” is refused: it contains the invalid file name “%s”."),
                 book->display, shown);
  return FALSE;
}

/* The end of central directory record: the last one in the final 64 KB,
 * found the way libgsf finds it. Returns its offset or -1. */
static gint64
find_end (const Raw *raw)
{
  gsize lowest;

  if (raw->size < END_SIZE)
    return -1;
  lowest = raw->size - END_SIZE > 65535 ? raw->size - END_SIZE - 65535 : 0;
  for (gsize pos = raw->size - END_SIZE + 1; pos-- > lowest;)
    if (get32 (raw->data + pos) == SIG_END)
      return (gint64) pos;
  return -1;
}

/* The zip64 fields of an entry, the way libgsf reads them. */
static void
read_zip64_extra (const guint8   *extra,
                  gsize           length,
                  TafelXlsxEntry *entry)
{
  while (length >= 4)
    {
      guint16 type = get16 (extra);
      guint16 size = get16 (extra + 2);

      if (size > length - 4)
        return;
      if (type == 0x0001)
        {
          const guint8 *p = extra + 4;
          gsize left = size;

          if (entry->usize == 0xffffffffu && left >= 8)
            entry->usize = get64 (p), p += 8, left -= 8;
          if (entry->csize == 0xffffffffu && left >= 8)
            entry->csize = get64 (p), p += 8, left -= 8;
          if (entry->offset == 0xffffffffu && left >= 8)
            entry->offset = get64 (p);
          return;
        }
      extra += 4 + size;
      length -= 4 + size;
    }
}

static gboolean
read_directory_end (TafelXlsxBook *book,
                    const Raw     *raw,
                    guint64       *n_entries,
                    guint64       *dir_offset,
                    guint64       *dir_end,
                    GError       **error)
{
  gint64 end = find_end (raw);
  const guint8 *p;
  guint64 dir_size;

  if (end < 0)
    {
      if (raw->size >= 4 && get32 (raw->data) == SIG_LOCAL)
        g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                     _("“%s” is damaged: the file is incomplete (cut off while it was copied or downloaded?)."),
                     book->display);
      else if (raw->size >= 8 && memcmp (raw->data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0)
        g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                     _("“%s” is not an Excel workbook (.xlsx): it is an older Excel file (.xls) or one protected with a password."),
                     book->display);
      else
        g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                     _("“%s” is not an Excel workbook (.xlsx): it is not a zip file."), book->display);
      return FALSE;
    }

  p = raw->data + end;
  *n_entries = get16 (p + 10);
  dir_size = get32 (p + 12);
  *dir_offset = get32 (p + 16);
  *dir_end = end;
  if (get16 (p + 4) != 0 || get16 (p + 6) != 0 || get16 (p + 8) != get16 (p + 10))
    {
      set_damaged (book, error);
      return FALSE;
    }

  /* libgsf takes the zip64 record when its locator is there. */
  if (end >= LOCATOR64_SIZE && get32 (p - LOCATOR64_SIZE) == SIG_LOCATOR64)
    {
      const guint8 *locator = p - LOCATOR64_SIZE;
      guint64 end64 = get64 (locator + 8);

      if (get32 (locator + 4) != 0 || get32 (locator + 16) != 1 ||
          !in_file (raw, end64, END64_SIZE) || end64 + END64_SIZE > (guint64) end - LOCATOR64_SIZE ||
          get32 (raw->data + end64) != SIG_END64)
        {
          set_damaged (book, error);
          return FALSE;
        }
      p = raw->data + end64;
      *n_entries = get64 (p + 32);
      dir_size = get64 (p + 40);
      *dir_offset = get64 (p + 48);
      *dir_end = end64;
    }

  if (*n_entries > TAFEL_XLSX_MAX_ENTRIES)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is refused: it holds more than 200 files."), book->display);
      return FALSE;
    }
  if (*n_entries == 0 || *dir_offset > *dir_end || dir_size > *dir_end - *dir_offset)
    {
      set_damaged (book, error);
      return FALSE;
    }
  *dir_end = *dir_offset + dir_size;
  return TRUE;
}

static gboolean
check_local_header (TafelXlsxBook  *book,
                    const Raw      *raw,
                    TafelXlsxEntry *entry,
                    guint64         dir_offset,
                    GError        **error)
{
  const guint8 *p;
  gsize name_length;

  if (!in_file (raw, entry->offset, LOCAL_SIZE) || entry->offset >= dir_offset)
    {
      set_damaged (book, error);
      return FALSE;
    }
  p = raw->data + entry->offset;
  name_length = get16 (p + 26);
  entry->data_offset = entry->offset + LOCAL_SIZE + name_length + get16 (p + 28);
  if (get32 (p) != SIG_LOCAL ||
      name_length != strlen (entry->name) ||
      !in_file (raw, entry->offset + LOCAL_SIZE, name_length) ||
      memcmp (p + LOCAL_SIZE, entry->name, name_length) != 0 ||
      entry->data_offset > dir_offset || entry->csize > dir_offset - entry->data_offset ||
      (entry->method == 0 && entry->csize != entry->usize))
    {
      set_damaged (book, error);
      return FALSE;
    }
  return TRUE;
}

/* Would g_date_time_new_utc() take this MS-DOS date and time? libgsf
 * hands it over unchecked and warns about the NULL it gets back. */
static gboolean
valid_dos_time (guint32 dos_time)
{
  guint year = (dos_time >> 25) + 1980;
  guint month = (dos_time >> 21) & 0x0f;
  guint day = (dos_time >> 16) & 0x1f;

  return g_date_valid_dmy (day, month, year) && ((dos_time >> 11) & 0x1f) < 24 &&
         ((dos_time >> 5) & 0x3f) < 60 && (dos_time & 0x1f) < 30;
}

static gboolean
read_entry (TafelXlsxBook *book,
            const Raw     *raw,
            guint64       *pos,
            guint64        dir_offset,
            guint64        dir_end,
            GArray        *bad_times,
            GError       **error)
{
  g_autoptr(GString) lower = NULL;
  const guint8 *p;
  gsize name_length, extra_length, comment_length;
  TafelXlsxEntry *entry;
  NameCheck check;
  gboolean is_dir;

  if (*pos > dir_end || dir_end - *pos < CENTRAL_SIZE || get32 (raw->data + *pos) != SIG_CENTRAL)
    {
      set_damaged (book, error);
      return FALSE;
    }
  p = raw->data + *pos;
  name_length = get16 (p + 28);
  extra_length = get16 (p + 30);
  comment_length = get16 (p + 32);
  if (dir_end - *pos - CENTRAL_SIZE < name_length + extra_length + comment_length || get16 (p + 34) != 0)
    {
      set_damaged (book, error);
      return FALSE;
    }

  check = check_name ((const char *) p + CENTRAL_SIZE, name_length, &is_dir);
  if (check != NAME_OK)
    return refuse_name (book, check, (const char *) p + CENTRAL_SIZE, name_length, error);

  entry = g_new0 (TafelXlsxEntry, 1);
  g_ptr_array_add (book->entries, entry);
  entry->name = g_strndup ((const char *) p + CENTRAL_SIZE, name_length);
  entry->flags = get16 (p + 8);
  entry->method = get16 (p + 10);
  entry->crc = get32 (p + 16);
  entry->csize = get32 (p + 20);
  entry->usize = get32 (p + 24);
  entry->offset = get32 (p + 42);
  entry->is_dir = is_dir;
  read_zip64_extra (p + CENTRAL_SIZE + name_length, extra_length, entry);
  if (get32 (p + 12) != 0 && !valid_dos_time (get32 (p + 12)))
    g_array_append_val (bad_times, *pos);
  *pos += CENTRAL_SIZE + name_length + extra_length + comment_length;

  /* No part of a workbook of at most 20 MB claims 4 GB, and libgsf would
   * take a claim of 8 EB for a negative size. */
  if (entry->usize > G_MAXUINT32)
    {
      set_damaged (book, error);
      return FALSE;
    }

  /* Part names are case-insensitive (OPC): "a.xml" and "A.xml" are one. */
  lower = g_string_new (entry->name);
  g_string_ascii_down (lower);
  if (is_dir)
    g_string_truncate (lower, lower->len - 1);
  if (g_hash_table_contains (book->by_name, lower->str))
    {
      g_autofree char *shown = _tafel_xlsx_display_name (entry->name, -1);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is damaged: it contains the file “%s” twice."), book->display, shown);
      return FALSE;
    }
  g_hash_table_insert (book->by_name, g_string_free (g_steal_pointer (&lower), FALSE), entry);

  return check_local_header (book, raw, entry, dir_offset, error);
}

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  const TafelXlsxEntry *x = *(TafelXlsxEntry *const *) a;
  const TafelXlsxEntry *y = *(TafelXlsxEntry *const *) b;

  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* No entry's data overlaps another's (as in the zip bombs that reuse one
 * packed stream for many files), and no file is also a folder. */
static gboolean
check_layout (TafelXlsxBook *book,
              GError       **error)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (book->entries, NULL, NULL);

  g_ptr_array_set_free_func (sorted, NULL);  /* the copy would free the entries */
  g_ptr_array_sort (sorted, compare_offsets);
  for (guint i = 1; i < sorted->len; i++)
    {
      TafelXlsxEntry *previous = g_ptr_array_index (sorted, i - 1);
      TafelXlsxEntry *entry = g_ptr_array_index (sorted, i);

      if (previous->data_offset + previous->csize > entry->offset)
        {
          set_damaged (book, error);
          return FALSE;
        }
    }

  for (guint i = 0; i < book->entries->len; i++)
    {
      TafelXlsxEntry *entry = g_ptr_array_index (book->entries, i);
      g_autofree char *lower = g_ascii_strdown (entry->name, -1);

      for (char *slash = strchr (lower, '/'); slash != NULL && slash[1] != '\0'; slash = strchr (slash + 1, '/'))
        {
          TafelXlsxEntry *parent;

          *slash = '\0';
          parent = g_hash_table_lookup (book->by_name, lower);
          *slash = '/';
          if (parent != NULL && !parent->is_dir)
            {
              set_damaged (book, error);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* What libgsf sees must be what was checked: every file it lists is in the
 * directory read above, and as many. */
static gboolean
count_gsf_files (TafelXlsxBook *book,
                 GsfInfile     *dir,
                 const char    *prefix,
                 guint          depth,
                 guint         *n_files)
{
  int n = gsf_infile_num_children (dir);

  if (depth > MAX_NAME_LENGTH / 2)
    return FALSE;

  for (int i = 0; i < n; i++)
    {
      const char *name = gsf_infile_name_by_index (dir, i);
      g_autofree char *path = NULL;
      g_autofree char *lower = NULL;
      g_autoptr(GsfInput) child = NULL;
      TafelXlsxEntry *entry;

      if (name == NULL)
        return FALSE;
      path = *prefix != '\0' ? g_strconcat (prefix, "/", name, NULL) : g_strdup (name);
      lower = g_ascii_strdown (path, -1);
      entry = g_hash_table_lookup (book->by_name, lower);
      if (entry != NULL && !entry->is_dir)
        {
          (*n_files)++;
          continue;
        }

      /* A folder: the entry of a folder, or implied by a file's name. */
      child = gsf_infile_child_by_index (dir, i);
      if (child == NULL || !GSF_IS_INFILE (child) || gsf_infile_num_children (GSF_INFILE (child)) < 0 ||
          !count_gsf_files (book, GSF_INFILE (child), path, depth + 1, n_files))
        return FALSE;
    }
  return TRUE;
}

/* Opens book->bytes: the directory, checked, then libgsf. */
gboolean
_tafel_xlsx_zip_open (TafelXlsxBook *book,
                      GError       **error)
{
  g_autoptr(GError) gsf_error = NULL;
  g_autoptr(GArray) bad_times = g_array_new (FALSE, FALSE, sizeof (guint64));
  Raw raw;
  guint64 n_entries, dir_offset, dir_end, pos;
  guint n_files = 0, n_gsf_files = 0;

  raw.data = g_bytes_get_data (book->bytes, &raw.size);
  if (raw.size == 0)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is not an Excel workbook (.xlsx): the file is empty."), book->display);
      return FALSE;
    }
  if (raw.size > TAFEL_XLSX_MAX_FILE_SIZE)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is refused: it is larger than 20 MB."), book->display);
      return FALSE;
    }

  if (!read_directory_end (book, &raw, &n_entries, &dir_offset, &dir_end, error))
    return FALSE;

  pos = dir_offset;
  for (guint64 i = 0; i < n_entries; i++)
    if (!read_entry (book, &raw, &pos, dir_offset, dir_end, bad_times, error))
      return FALSE;
  if (!check_layout (book, error))
    return FALSE;

  /* Dates libgsf cannot take are left out, in a copy: no one needs them. */
  if (bad_times->len > 0)
    {
      guint8 *copy = g_memdup2 (raw.data, raw.size);

      for (guint i = 0; i < bad_times->len; i++)
        memset (copy + g_array_index (bad_times, guint64, i) + 12, 0, 4);
      g_bytes_unref (book->bytes);
      book->bytes = g_bytes_new_take (copy, raw.size);
      raw.data = copy;
    }

  book->input = gsf_input_memory_new (raw.data, raw.size, FALSE);
  book->zip = gsf_infile_zip_new (book->input, &gsf_error);
  if (book->zip == NULL)
    {
      set_damaged (book, error);
      return FALSE;
    }

  for (guint i = 0; i < book->entries->len; i++)
    if (!((TafelXlsxEntry *) g_ptr_array_index (book->entries, i))->is_dir)
      n_files++;
  if (!count_gsf_files (book, book->zip, "", 0, &n_gsf_files) || n_gsf_files != n_files)
    {
      set_damaged (book, error);
      return FALSE;
    }
  return TRUE;
}
