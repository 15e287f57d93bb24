/* tafel-test-book.c: reading a written workbook back in a test: every part
 * parsed (and so checked to be well-formed), shared strings resolved,
 * cells and styles looked up with XPath. Shared by the export tests. */
#include "config.h"

#include <stdlib.h>

#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-stdio.h>
#include <libxml/parser.h>
#include <libxml/xpathInternals.h>

#include "tafel-test-book.h"

/* libgsf 1.14 has no g_autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

static char *
read_part (GsfInfile  *zip,
           const char *name,
           gsize      *length)
{
  g_auto(GStrv) parts = g_strsplit (name, "/", -1);
  g_autoptr(GsfInput) input = NULL;
  GsfInfile *dir = zip;
  char *data;
  gsf_off_t size;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      GsfInput *child = gsf_infile_child_by_name (dir, parts[i]);

      if (child == NULL)
        return NULL;
      g_clear_object (&input);
      input = child;
      if (parts[i + 1] != NULL)
        {
          if (!GSF_IS_INFILE (child))
            return NULL;
          dir = GSF_INFILE (child);
        }
    }

  size = gsf_input_size (input);
  data = g_malloc (size + 1);
  g_assert_nonnull (gsf_input_read (input, size, (guint8 *) data));
  data[size] = '\0';
  *length = size;
  return data;
}

static xmlXPathObject *
eval (xmlDoc     *doc,
      const char *expr)
{
  xmlXPathContext *ctx = xmlXPathNewContext (doc);
  xmlXPathObject *result;

  xmlXPathRegisterNs (ctx, BAD_CAST "m", BAD_CAST NS_MAIN);
  xmlXPathRegisterNs (ctx, BAD_CAST "r",
                      BAD_CAST "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
  xmlXPathRegisterNs (ctx, BAD_CAST "pr", BAD_CAST "http://schemas.openxmlformats.org/package/2006/relationships");
  xmlXPathRegisterNs (ctx, BAD_CAST "dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  xmlXPathRegisterNs (ctx, BAD_CAST "cp",
                      BAD_CAST "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  xmlXPathRegisterNs (ctx, BAD_CAST "ep",
                      BAD_CAST "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  result = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  xmlXPathFreeContext (ctx);
  g_assert_nonnull (result);
  return result;
}

char *
xpath_string (xmlDoc     *doc,
              const char *format,
              ...)
{
  g_autofree char *expr = NULL;
  g_autofree char *wrapped = NULL;
  xmlXPathObject *result;
  char *value;
  va_list args;

  va_start (args, format);
  expr = g_strdup_vprintf (format, args);
  va_end (args);

  wrapped = g_strdup_printf ("string(%s)", expr);
  result = eval (doc, wrapped);
  value = g_strdup ((const char *) result->stringval);
  xmlXPathFreeObject (result);
  return value;
}

double
xpath_count (xmlDoc     *doc,
             const char *expr)
{
  g_autofree char *wrapped = g_strdup_printf ("count(%s)", expr);
  xmlXPathObject *result = eval (doc, wrapped);
  double n = result->floatval;

  xmlXPathFreeObject (result);
  return n;
}

void
book_free (Book *book)
{
  g_hash_table_unref (book->docs);
  g_ptr_array_unref (book->sst);
  g_free (book->raw);
  g_free (book);
}


Book *
book_open (const char *path)
{
  const char *const parts[] = {
    "[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
    "xl/sharedStrings.xml", "docProps/core.xml", "docProps/app.xml",
    "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
    "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml",
    "xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml", "xl/worksheets/sheet9.xml",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GsfInput) input = gsf_input_stdio_new (path, &error);
  g_autoptr(GsfInfile) zip = NULL;
  g_autoptr(GString) raw = g_string_new (NULL);
  Book *book = g_new0 (Book, 1);
  xmlDoc *sst;

  g_assert_no_error (error);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);

  book->docs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) xmlFreeDoc);
  book->sst = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      gsize length = 0;
      g_autofree char *data = read_part (zip, parts[i], &length);
      xmlDoc *doc;

      if (data == NULL)
        continue;
      doc = xmlReadMemory (data, length, parts[i], NULL, XML_PARSE_NONET);
      g_assert_nonnull (doc);  /* well-formed */
      g_hash_table_insert (book->docs, (gpointer) parts[i], doc);
      g_string_append (raw, data);
    }
  book->raw = g_string_free (g_steal_pointer (&raw), FALSE);

  sst = g_hash_table_lookup (book->docs, "xl/sharedStrings.xml");
  if (sst != NULL)
    {
      double n = xpath_count (sst, "/m:sst/m:si");

      for (int i = 1; i <= (int) n; i++)
        g_ptr_array_add (book->sst, xpath_string (sst, "/m:sst/m:si[%d]", i));
    }

  return book;
}

xmlDoc *
book_doc (Book       *book,
          const char *part)
{
  xmlDoc *doc = g_hash_table_lookup (book->docs, part);

  g_assert_nonnull (doc);
  return doc;
}

/* The worksheet part of the sheet called @name. */
xmlDoc *
book_sheet (Book       *book,
            const char *name)
{
  g_autofree char *rid = xpath_string (book_doc (book, "xl/workbook.xml"),
                                       "//m:sheets/m:sheet[@name='%s']/@r:id", name);
  g_autofree char *target = NULL;
  g_autofree char *part = NULL;

  g_assert_cmpstr (rid, !=, "");
  target = xpath_string (book_doc (book, "xl/_rels/workbook.xml.rels"),
                         "//pr:Relationship[@Id='%s']/@Target", rid);
  part = g_strconcat ("xl/", target, NULL);
  return book_doc (book, part);
}

char *
cell_attr (Book       *book,
           const char *sheet,
           const char *ref,
           const char *attr)
{
  return xpath_string (book_sheet (book, sheet), "//m:sheetData/m:row/m:c[@r='%s']/@%s", ref, attr);
}

/* What a spreadsheet shows in @ref, before number formatting. */
char *
cell_value (Book       *book,
            const char *sheet,
            const char *ref)
{
  xmlDoc *doc = book_sheet (book, sheet);
  g_autofree char *type = cell_attr (book, sheet, ref, "t");

  if (g_str_equal (type, "s"))
    {
      g_autofree char *index = xpath_string (doc, "//m:sheetData/m:row/m:c[@r='%s']/m:v", ref);
      guint i = (guint) g_ascii_strtoull (index, NULL, 10);

      g_assert_cmpuint (i, <, book->sst->len);
      return g_strdup (g_ptr_array_index (book->sst, i));
    }
  if (g_str_equal (type, "inlineStr"))
    return xpath_string (doc, "//m:sheetData/m:row/m:c[@r='%s']/m:is", ref);

  return xpath_string (doc, "//m:sheetData/m:row/m:c[@r='%s']/m:v", ref);
}

void
assert_string_cell (Book       *book,
                    const char *sheet,
                    const char *ref,
                    const char *expected)
{
  g_autofree char *type = cell_attr (book, sheet, ref, "t");
  g_autofree char *value = cell_value (book, sheet, ref);

  g_assert_true (g_str_equal (type, "s") || g_str_equal (type, "inlineStr"));
  g_assert_cmpstr (value, ==, expected);
}

/* The number format of the style of @ref. */
char *
cell_format (Book       *book,
             const char *sheet,
             const char *ref)
{
  g_autofree char *style = cell_attr (book, sheet, ref, "s");
  g_autofree char *fmt_id = NULL;

  g_assert_cmpstr (style, !=, "");
  fmt_id = xpath_string (book_doc (book, "xl/styles.xml"), "//m:cellXfs/m:xf[%d]/@numFmtId",
                         atoi (style) + 1);
  return xpath_string (book_doc (book, "xl/styles.xml"), "//m:numFmts/m:numFmt[@numFmtId='%s']/@formatCode",
                       fmt_id);
}

void
assert_date_cell (Book       *book,
                  const char *sheet,
                  const char *ref,
                  const char *format,
                  double      expected)
{
  g_autofree char *type = cell_attr (book, sheet, ref, "t");
  g_autofree char *value = cell_value (book, sheet, ref);
  g_autofree char *code = cell_format (book, sheet, ref);

  g_assert_cmpstr (type, ==, "");  /* a number */
  g_assert_cmpstr (code, ==, format);
  if (expected > 0)
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (value, NULL), expected, 1e-9);
  else
    g_assert_cmpfloat (g_ascii_strtod (value, NULL), >, 45000);
}

/* The row (from 1) whose cell in @col holds @text, or 0. */
guint
find_row (Book       *book,
          const char *sheet,
          const char *col,
          const char *text)
{
  g_autofree char *last = xpath_string (book_sheet (book, sheet), "//m:sheetData/m:row[last()]/@r");
  guint n_rows = (guint) atoi (last);   /* empty rows are left out of the XML */

  for (guint row = 1; row <= n_rows + 1; row++)
    {
      g_autofree char *ref = g_strdup_printf ("%s%u", col, row);
      g_autofree char *value = cell_value (book, sheet, ref);

      if (g_str_equal (value, text))
        return row;
    }

  return 0;
}
