/* tafel-xlsx-reader-parts.c: the parts read when a workbook is opened
 *
 * xl/workbook.xml (sheet names, hidden sheets, the 1904 date system), its
 * relationships (which part holds which sheet), the styles (which cell
 * formats show a date), the shared strings and docProps/core.xml.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-xlsx-reader-private.h"

#define WORKBOOK_PART "xl/workbook.xml"
#define WORKBOOK_RELS "xl/_rels/workbook.xml.rels"

static gboolean
open_part (TafelXlsxXml  *xml,
           TafelXlsxBook *book,
           const char    *part,
           GBytes       **data,
           GError       **error)
{
  *data = _tafel_xlsx_zip_read (book, part, error);
  if (*data == NULL)
    return FALSE;
  return _tafel_xlsx_xml_open (xml, book, part, *data, error);
}

static gboolean
is_true (const char *value)
{
  return value != NULL && (g_str_equal (value, "1") || g_str_equal (value, "true"));
}

static void
sheet_info_free (gpointer data)
{
  TafelXlsxSheetInfo *info = data;

  g_clear_pointer (&info->sheet, _tafel_xlsx_sheet_free);
  g_free (info->name);
  g_free (info->rel_id);
  g_free (info->part);
  g_free (info);
}

static gboolean
add_sheet (TafelXlsxBook *book,
           TafelXlsxXml  *xml,
           GError       **error)
{
  g_autofree char *name = _tafel_xlsx_xml_attr (xml, "name");
  g_autofree char *state = _tafel_xlsx_xml_attr (xml, "state");
  g_autofree char *folded = NULL;
  TafelXlsxSheetInfo *info;

  if (name == NULL || *name == '\0')
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is damaged: it has a sheet without a name."), book->display);
      return FALSE;
    }
  folded = g_utf8_casefold (name, -1);
  if (g_hash_table_contains (book->sheet_index, folded))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is damaged: it has two sheets called “%s”."), book->display, name);
      return FALSE;
    }

  info = g_new0 (TafelXlsxSheetInfo, 1);
  info->name = g_steal_pointer (&name);
  info->rel_id = _tafel_xlsx_xml_attr_ns_id (xml);
  info->hidden = state != NULL && (g_str_equal (state, "hidden") || g_str_equal (state, "veryHidden"));
  g_ptr_array_add (book->sheets, info);
  g_hash_table_insert (book->sheet_index, g_steal_pointer (&folded), GUINT_TO_POINTER (book->sheets->len));
  return TRUE;
}

gboolean
_tafel_xlsx_read_workbook (TafelXlsxBook *book,
                           GError       **error)
{
  g_autoptr(GBytes) data = NULL;
  g_auto(TafelXlsxXml) xml = { 0 };
  int ret, sheets_depth = -1;

  if (_tafel_xlsx_zip_lookup (book, WORKBOOK_PART) == NULL)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is not an Excel workbook (.xlsx): it has no “%s”."), book->display, WORKBOOK_PART);
      return FALSE;
    }

  book->sheets = g_ptr_array_new_with_free_func (sheet_info_free);
  book->sheet_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!open_part (&xml, book, WORKBOOK_PART, &data, error))
    return FALSE;

  while ((ret = _tafel_xlsx_xml_read (&xml, error)) > 0)
    {
      int depth = xmlTextReaderDepth (xml.reader);

      if (_tafel_xlsx_xml_is (&xml, XML_READER_TYPE_ELEMENT, "workbookPr"))
        {
          g_autofree char *date1904 = _tafel_xlsx_xml_attr (&xml, "date1904");

          book->date1904 = is_true (date1904);
        }
      else if (_tafel_xlsx_xml_is (&xml, XML_READER_TYPE_ELEMENT, "sheets") &&
               !xmlTextReaderIsEmptyElement (xml.reader))
        sheets_depth = depth;
      else if (_tafel_xlsx_xml_is (&xml, XML_READER_TYPE_END_ELEMENT, "sheets"))
        sheets_depth = -1;
      else if (sheets_depth >= 0 && depth == sheets_depth + 1 &&
               _tafel_xlsx_xml_is (&xml, XML_READER_TYPE_ELEMENT, "sheet") &&
               !add_sheet (book, &xml, error))
        return FALSE;
    }
  return ret == 0;
}

static void
rel_free (gpointer data)
{
  TafelXlsxRel *rel = data;

  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

/* The zip name of a relationship's target, relative to xl/ or absolute
 * from the root of the package; NULL (with @error set) when it is not in
 * the package. */
static char *
resolve_target (TafelXlsxBook *book,
                TafelXlsxRel  *rel,
                GError       **error)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  g_auto(GStrv) parts = NULL;
  const char *target = rel->target != NULL ? rel->target : "";
  gboolean outside = rel->external || strchr (target, '\\') != NULL || strchr (target, ':') != NULL;

  if (*target != '/')
    g_ptr_array_add (path, (gpointer) "xl");

  parts = g_strsplit (target, "/", -1);
  for (guint i = 0; !outside && parts[i] != NULL; i++)
    {
      if (*parts[i] == '\0' || g_str_equal (parts[i], "."))
        continue;
      if (g_str_equal (parts[i], ".."))
        {
          if (path->len == 0)
            outside = TRUE;
          else
            g_ptr_array_remove_index (path, path->len - 1);
          continue;
        }
      g_ptr_array_add (path, parts[i]);
    }

  if (outside)
    {
      g_autofree char *shown = _tafel_xlsx_display_name (target, -1);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is refused: it refers to “%s”, which is outside the workbook."),
                   book->display, shown);
      return NULL;
    }
  if (path->len == 0 || *target == '\0' || target[strlen (target) - 1] == '/')
    {
      g_autofree char *shown = _tafel_xlsx_display_name (target, -1);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is damaged: it refers to “%s”, which is not a file."), book->display, shown);
      return NULL;
    }

  g_ptr_array_add (path, NULL);
  return g_strjoinv ("/", (char **) path->pdata);
}

/* The part of the relationship whose type ends in @suffix (the one with
 * the lowest Id when there are several; each is checked), or @fallback
 * when the zip has it, or NULL. */
static gboolean
find_rel_part (TafelXlsxBook *book,
               const char    *suffix,
               const char    *fallback,
               char         **part,
               GError       **error)
{
  GHashTableIter iter;
  const char *id, *best_id = NULL;
  TafelXlsxRel *rel;

  g_hash_table_iter_init (&iter, book->rels);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &rel))
    {
      char *resolved;

      if (rel->type == NULL || !g_str_has_suffix (rel->type, suffix))
        continue;
      resolved = resolve_target (book, rel, error);
      if (resolved == NULL)
        {
          g_clear_pointer (part, g_free);
          return FALSE;
        }
      if (best_id == NULL || strcmp (id, best_id) < 0)
        {
          g_free (*part);
          *part = resolved;
          best_id = id;
        }
      else
        g_free (resolved);
    }

  if (best_id == NULL && _tafel_xlsx_zip_lookup (book, fallback) != NULL)
    *part = g_strdup (fallback);
  return TRUE;
}

gboolean
_tafel_xlsx_read_rels (TafelXlsxBook *book,
                       GError       **error)
{
  g_autoptr(GBytes) data = NULL;
  g_auto(TafelXlsxXml) xml = { 0 };
  int ret;

  book->rels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, rel_free);
  if (_tafel_xlsx_zip_lookup (book, WORKBOOK_RELS) == NULL)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                   _("“%s” is damaged: “%s” is missing."), book->display, WORKBOOK_RELS);
      return FALSE;
    }
  if (!open_part (&xml, book, WORKBOOK_RELS, &data, error))
    return FALSE;

  while ((ret = _tafel_xlsx_xml_read (&xml, error)) > 0)
    {
      g_autofree char *id = NULL;
      g_autofree char *mode = NULL;
      TafelXlsxRel *rel;

      if (!_tafel_xlsx_xml_is (&xml, XML_READER_TYPE_ELEMENT, "Relationship"))
        continue;
      id = _tafel_xlsx_xml_attr (&xml, "Id");
      if (id == NULL || g_hash_table_contains (book->rels, id))
        continue;
      rel = g_new0 (TafelXlsxRel, 1);
      rel->type = _tafel_xlsx_xml_attr (&xml, "Type");
      rel->target = _tafel_xlsx_xml_attr (&xml, "Target");
      mode = _tafel_xlsx_xml_attr (&xml, "TargetMode");
      rel->external = mode != NULL && g_ascii_strcasecmp (mode, "External") == 0;
      g_hash_table_insert (book->rels, g_steal_pointer (&id), rel);
    }
  if (ret < 0)
    return FALSE;

  /* Every sheet's part, checked now: a target outside the package
   * refuses the whole file. */
  for (guint i = 0; i < book->sheets->len; i++)
    {
      TafelXlsxSheetInfo *info = g_ptr_array_index (book->sheets, i);
      TafelXlsxRel *rel = info->rel_id != NULL ? g_hash_table_lookup (book->rels, info->rel_id) : NULL;

      if (rel == NULL)
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
                       _("“%s” is damaged: the sheet “%s” has no contents."), book->display, info->name);
          return FALSE;
        }
      info->part = resolve_target (book, rel, error);
      if (info->part == NULL)
        return FALSE;
    }

  return find_rel_part (book, "/sharedStrings", "xl/sharedStrings.xml", &book->sst_part, error) &&
         find_rel_part (book, "/styles", "xl/styles.xml", &book->styles_part, error);
}

static gboolean
builtin_is_date (guint id)
{
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

static guint
parse_id (const char *text)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &value, NULL))
    return 0;
  return (guint) value;
}

gboolean
_tafel_xlsx_read_styles (TafelXlsxBook *book,
                         GError       **error)
{
  g_autoptr(GBytes) data = NULL;
  g_auto(TafelXlsxXml) xml = { 0 };
  g_autoptr(GHashTable) custom = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) xf_formats = g_array_new (FALSE, FALSE, sizeof (guint));
  int ret, xfs_depth = -1, formats_depth = -1;

  book->date_xfs = g_array_new (FALSE, TRUE, sizeof (gboolean));
  if (book->styles_part == NULL || _tafel_xlsx_zip_lookup (book, book->styles_part) == NULL)
    return TRUE;
  if (!open_part (&xml, book, book->styles_part, &data, error))
    return FALSE;

  while ((ret = _tafel_xlsx_xml_read (&xml, error)) > 0)
    {
      int depth = xmlTextReaderDepth (xml.reader);

      /* Only <numFmts> counts: a <dxf> (conditional format) has its own. */
      if (_tafel_xlsx_xml_is (&xml, XML_READER_TYPE_ELEMENT, "numFmts") &&
          !xmlTextReaderIsEmptyElement (xml.reader))
        formats_depth = depth;
      else if (_tafel_xlsx_xml_is (&xml, XML_READER_TYPE_END_ELEMENT, "numFmts"))
        formats_depth = -1;
      else if (formats_depth >= 0 && depth == formats_depth + 1 &&
               _tafel_xlsx_xml_is (&xml, XML_READER_TYPE_ELEMENT, "numFmt"))
        {
          g_autofree char *id = _tafel_xlsx_xml_attr (&xml, "numFmtId");
          g_autofree char *code = _tafel_xlsx_xml_attr (&xml, "formatCode");

          g_hash_table_insert (custom, GUINT_TO_POINTER (parse_id (id)),
                               GINT_TO_POINTER (code != NULL && _tafel_xlsx_format_is_date (code) ? 2 : 1));
        }
      else if (_tafel_xlsx_xml_is (&xml, XML_READER_TYPE_ELEMENT, "cellXfs") &&
               !xmlTextReaderIsEmptyElement (xml.reader))
        xfs_depth = depth;
      else if (_tafel_xlsx_xml_is (&xml, XML_READER_TYPE_END_ELEMENT, "cellXfs"))
        xfs_depth = -1;
      else if (xfs_depth >= 0 && depth == xfs_depth + 1 &&
               _tafel_xlsx_xml_is (&xml, XML_READER_TYPE_ELEMENT, "xf"))
        {
          g_autofree char *id = _tafel_xlsx_xml_attr (&xml, "numFmtId");
          guint format = parse_id (id);

          g_array_append_val (xf_formats, format);
        }
    }
  if (ret < 0)
    return FALSE;

  /* A custom format may reuse a built-in number: the custom one counts. */
  g_array_set_size (book->date_xfs, xf_formats->len);
  for (guint i = 0; i < xf_formats->len; i++)
    {
      guint id = g_array_index (xf_formats, guint, i);
      int kind = GPOINTER_TO_INT (g_hash_table_lookup (custom, GUINT_TO_POINTER (id)));

      g_array_index (book->date_xfs, gboolean, i) = kind != 0 ? kind == 2 : builtin_is_date (id);
    }
  return TRUE;
}

gboolean
_tafel_xlsx_read_sst (TafelXlsxBook *book,
                      GError       **error)
{
  g_autoptr(GBytes) data = NULL;
  g_auto(TafelXlsxXml) xml = { 0 };
  g_autoptr(GString) text = g_string_new (NULL);
  int ret;

  book->strings = g_string_chunk_new (64 * 1024);
  book->sst = g_ptr_array_new ();
  if (book->sst_part == NULL || _tafel_xlsx_zip_lookup (book, book->sst_part) == NULL)
    return TRUE;
  if (!open_part (&xml, book, book->sst_part, &data, error))
    return FALSE;

  while ((ret = _tafel_xlsx_xml_read (&xml, error)) > 0)
    {
      if (xmlTextReaderDepth (xml.reader) != 1 ||
          !_tafel_xlsx_xml_is (&xml, XML_READER_TYPE_ELEMENT, "si"))
        continue;
      if (!_tafel_xlsx_xml_rich_text (&xml, text, error))
        return FALSE;
      g_ptr_array_add (book->sst, g_string_chunk_insert_len (book->strings, text->str, text->len));
    }
  return ret == 0;
}

gboolean
_tafel_xlsx_read_core (TafelXlsxBook *book,
                       GError       **error)
{
  g_autoptr(GBytes) data = NULL;
  g_auto(TafelXlsxXml) xml = { 0 };
  int ret;

  book->props = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (_tafel_xlsx_zip_lookup (book, "docProps/core.xml") == NULL)
    return TRUE;
  if (!open_part (&xml, book, "docProps/core.xml", &data, error))
    return FALSE;

  while ((ret = _tafel_xlsx_xml_read (&xml, error)) > 0)
    {
      g_autoptr(GString) value = NULL;
      char *name;

      if (xmlTextReaderDepth (xml.reader) != 1 || xmlTextReaderNodeType (xml.reader) != XML_READER_TYPE_ELEMENT)
        continue;
      name = g_strdup ((const char *) xmlTextReaderConstLocalName (xml.reader));
      value = g_string_new (NULL);
      if (!_tafel_xlsx_xml_text (&xml, value, error))
        {
          g_free (name);
          return FALSE;
        }
      g_strstrip (value->str);
      if (name != NULL && !g_hash_table_contains (book->props, name))
        g_hash_table_insert (book->props, name, g_strdup (value->str));
      else
        g_free (name);
    }
  return ret == 0;
}
