/* tafel-xlsx-reader-unpack.c: unpacking one part of the zip, within limits
 *
 * libgsf unpacks; a part comes out in 64 KB chunks, and what comes out is
 * counted, never what the zip directory claims: after each chunk the part
 * may not be larger than TAFEL_XLSX_MAX_PART_SIZE, all parts together
 * not larger than TAFEL_XLSX_MAX_TOTAL_SIZE, and a part larger than
 * TAFEL_XLSX_RATIO_MIN_SIZE not more than TAFEL_XLSX_MAX_RATIO times its
 * packed size. The CRC-32 is checked at the end.
 */
#include "config.h"

#include <string.h>
#include <zlib.h>

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-xlsx-reader-private.h"

#define CHUNK_SIZE (64 * 1024)

/* libgsf 1.14 has no g_autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)

void
_tafel_xlsx_entry_free (gpointer data)
{
  TafelXlsxEntry *entry = data;

  g_free (entry->name);
  g_free (entry);
}

/* The file @name (any case), or NULL. */
TafelXlsxEntry *
_tafel_xlsx_zip_lookup (TafelXlsxBook *book,
                        const char    *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);
  TafelXlsxEntry *entry = g_hash_table_lookup (book->by_name, lower);

  return entry != NULL && !entry->is_dir ? entry : NULL;
}

static GsfInput *
open_child (TafelXlsxBook  *book,
            TafelXlsxEntry *entry)
{
  g_auto(GStrv) parts = g_strsplit (entry->name, "/", -1);
  g_autoptr(GsfInput) input = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      GsfInfile *dir;
      GsfInput *child;

      if (input != NULL && !GSF_IS_INFILE (input))
        return NULL;
      dir = input != NULL ? GSF_INFILE (input) : book->zip;
      child = gsf_infile_child_by_name (dir, parts[i]);
      if (child == NULL)
        return NULL;
      g_clear_object (&input);
      input = child;
    }
  return g_steal_pointer (&input);
}

typedef enum {
  PART_DAMAGED,
  PART_UNSUPPORTED,
  PART_TOO_BIG,
  PART_RATIO,
} PartError;

static void
set_part_error (TafelXlsxBook  *book,
                TafelXlsxEntry *entry,
                PartError       what,
                GError        **error)
{
  g_autofree char *shown = _tafel_xlsx_display_name (entry->name, -1);

  switch (what)
    {
    case PART_DAMAGED:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is damaged: “%s” cannot be unpacked."), book->display, shown);
      break;
    case PART_UNSUPPORTED:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” cannot be read: “%s” is encrypted or packed in a way Excel does not use."),
                   book->display, shown);
      break;
    case PART_TOO_BIG:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is refused: the part “%s” unpacks to more than 50 MB."), book->display, shown);
      break;
    case PART_RATIO:
    default:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is refused: “%s” is packed more than 100 times smaller than it unpacks, as zip bombs are."),
                   book->display, shown);
      break;
    }
}

/* Unpacks @name, counting every byte that comes out. */
GBytes *
_tafel_xlsx_zip_read (TafelXlsxBook *book,
                      const char    *name,
                      GError       **error)
{
  TafelXlsxEntry *entry = _tafel_xlsx_zip_lookup (book, name);
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GByteArray) out = NULL;
  g_autofree guint8 *chunk = NULL;
  gint64 remaining;
  guint64 done = 0;
  uLong crc = crc32 (0, NULL, 0);

  if (entry == NULL)
    {
      g_autofree char *shown = _tafel_xlsx_display_name (name, -1);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is damaged: “%s” is missing."), book->display, shown);
      return NULL;
    }
  if ((entry->flags & 0x0001) != 0 || (entry->method != 0 && entry->method != 8))
    {
      set_part_error (book, entry, PART_UNSUPPORTED, error);
      return NULL;
    }

  input = open_child (book, entry);
  if (input == NULL || gsf_input_size (input) < 0 || (guint64) gsf_input_size (input) != entry->usize)
    {
      set_part_error (book, entry, PART_DAMAGED, error);
      return NULL;
    }

  out = g_byte_array_sized_new (MIN (entry->usize, CHUNK_SIZE));
  chunk = g_malloc (CHUNK_SIZE);
  remaining = gsf_input_size (input);
  while (remaining > 0)
    {
      gsize n = MIN (remaining, CHUNK_SIZE);

      /* libgsf leaves the rest of the chunk as it was when the packed
       * data ends early: zeros, and the CRC-32 will not match. */
      memset (chunk, 0, n);
      if (gsf_input_read (input, n, chunk) == NULL)
        {
          set_part_error (book, entry, PART_DAMAGED, error);
          return NULL;
        }
      remaining -= n;
      done += n;
      book->total += n;

      if (done > TAFEL_XLSX_MAX_PART_SIZE)
        {
          set_part_error (book, entry, PART_TOO_BIG, error);
          return NULL;
        }
      if (book->total > TAFEL_XLSX_MAX_TOTAL_SIZE)
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                       _("“%s” is refused: its parts unpack to more than 200 MB together."), book->display);
          return NULL;
        }
      if (done > TAFEL_XLSX_RATIO_MIN_SIZE && done > entry->csize * TAFEL_XLSX_MAX_RATIO)
        {
          set_part_error (book, entry, PART_RATIO, error);
          return NULL;
        }

      crc = crc32 (crc, chunk, n);
      g_byte_array_append (out, chunk, n);
    }

#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
  if (crc != entry->crc)
#else
  if (FALSE)   /* so that the fuzzer's changes to a part reach the XML reader */
#endif
    {
      set_part_error (book, entry, PART_DAMAGED, error);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
