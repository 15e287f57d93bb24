/* tafel-xlsx-reader-xml.c: XML parts through libxml2's streaming reader
 *
 * No entity is ever substituted (no XML_PARSE_NOENT), no external subset
 * is loaded (no XML_PARSE_DTDLOAD), nothing comes from the network
 * (XML_PARSE_NONET) and libxml2 keeps its own limits (no XML_PARSE_HUGE).
 * Excel never writes a document type declaration, so a part that has one
 * is refused as soon as the reader meets it, before anything of the part
 * is used.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "tafel-error.h"
#include "tafel-xlsx-reader-private.h"

#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT)

static void
on_xml_error_cb (void       *data,
                 xmlErrorPtr error)
{
  TafelXlsxXml *xml = data;

  if (error != NULL && error->level >= XML_ERR_ERROR && xml->error_line == 0)
    xml->error_line = MAX (error->line, 1);
}

/* Errors without a parser context (a failed encoding conversion) go to
 * libxml2's generic handler, which prints them; while a part is read, this
 * thread's handler is silent instead. */
static void
on_generic_error_cb (void       *data,
                     const char *format,
                     ...)
{
}

static void
set_invalid (TafelXlsxXml *xml,
             GError      **error)
{
  g_autofree char *shown = _tafel_xlsx_display_name (xml->part, -1);
  int line = xml->error_line;

  if (line == 0)
    line = MAX (xmlTextReaderGetParserLineNumber (xml->reader), 1);
  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
               _("“%s” is damaged: “%s” is not valid XML (line %d)."),
               xml->book->display, shown, line);
}

/* Does @token start at @pos? NUL bytes are skipped, so that UTF-16 and
 * UTF-32 read as ASCII here. On a match, @end is after it. */
static gboolean
match_at (const guint8 *data,
          gsize         size,
          gsize         pos,
          const char   *token,
          gsize        *end)
{
  for (const char *t = token; *t != '\0'; t++)
    {
      while (pos < size && data[pos] == 0)
        pos++;
      if (pos >= size || g_ascii_toupper (data[pos]) != g_ascii_toupper (*t))
        return FALSE;
      pos++;
    }
  *end = pos;
  return TRUE;
}

static gsize
skip_past (const guint8 *data,
           gsize         size,
           gsize         pos,
           const char   *token)
{
  for (gsize end; pos < size; pos++)
    if (data[pos] == (guchar) token[0] && match_at (data, size, pos, token, &end))
      return end;
  return size;
}

/* Does the document declare a document type? libxml2 reads the whole
 * internal subset, entity declarations and all, before the reader shows
 * the declaration, and may fail on it first (an entity bomb is "an entity
 * reference loop" to it), so the prolog is looked at here first: a byte
 * order mark, the XML declaration, processing instructions, comments and
 * white space may come before "<!DOCTYPE". */
static gboolean
has_doctype (const guint8 *data,
             gsize         size)
{
  gsize pos = 0, end;

  while (pos < size && (data[pos] == 0xef || data[pos] == 0xbb || data[pos] == 0xbf ||
                        data[pos] == 0xfe || data[pos] == 0xff))
    pos++;
  while (pos < size)
    {
      if (data[pos] == 0 || g_ascii_isspace (data[pos]))
        pos++;
      else if (match_at (data, size, pos, "<?", &end))
        pos = skip_past (data, size, end, "?>");
      else if (match_at (data, size, pos, "<!--", &end))
        pos = skip_past (data, size, end, "-->");
      else
        return match_at (data, size, pos, "<!DOCTYPE", &end);
    }
  return FALSE;
}

static void
set_doctype_error (TafelXlsxXml *xml,
                   GError      **error)
{
  g_autofree char *shown = _tafel_xlsx_display_name (xml->part, -1);

  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IMPORT,
               _("“%s” is refused: “%s” declares a document type (DTD), which Excel files never do."),
               xml->book->display, shown);
}

gboolean
_tafel_xlsx_xml_open (TafelXlsxXml  *xml,
                      TafelXlsxBook *book,
                      const char    *part,
                      GBytes        *data,
                      GError       **error)
{
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);

  memset (xml, 0, sizeof (*xml));
  xml->book = book;
  xml->part = part;

  if (has_doctype ((const guint8 *) bytes, size))
    {
      set_doctype_error (xml, error);
      return FALSE;
    }
  if (size > G_MAXINT)
    size = 0;  /* cannot happen: parts are at most 50 MB */
  xml->saved_handler = xmlGenericError;
  xml->saved_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, on_generic_error_cb);
  xml->reader = xmlReaderForMemory (bytes != NULL ? bytes : "", (int) size, NULL, NULL, XML_OPTIONS);
  if (xml->reader == NULL)
    {
      set_invalid (xml, error);
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (xml->reader, on_xml_error_cb, xml);
  return TRUE;
}

void
_tafel_xlsx_xml_close (TafelXlsxXml *xml)
{
  g_clear_pointer (&xml->reader, xmlFreeTextReader);
  if (xml->saved_handler != NULL)
    xmlSetGenericErrorFunc (xml->saved_context, xml->saved_handler);
  xml->saved_handler = NULL;
}

/* The next node: 1, or 0 at the end of the part, or -1 with @error set. */
int
_tafel_xlsx_xml_read (TafelXlsxXml *xml,
                      GError      **error)
{
  int ret = xmlTextReaderRead (xml->reader);

  /* Should the prolog have been read otherwise than above. */
  if (ret == 1 && xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_DOCUMENT_TYPE)
    {
      set_doctype_error (xml, error);
      return -1;
    }
  if (ret < 0 || (ret == 0 && xml->error_line != 0))
    {
      set_invalid (xml, error);
      return -1;
    }
  return ret;
}

/* Is the current node a @type (element or end of element) called
 * @local_name, in whatever namespace? */
gboolean
_tafel_xlsx_xml_is (TafelXlsxXml *xml,
                    int           type,
                    const char   *local_name)
{
  const xmlChar *name;

  if (xmlTextReaderNodeType (xml->reader) != type)
    return FALSE;
  name = xmlTextReaderConstLocalName (xml->reader);
  return name != NULL && strcmp ((const char *) name, local_name) == 0;
}

/* The attribute @name without a namespace, or NULL. */
char *
_tafel_xlsx_xml_attr (TafelXlsxXml *xml,
                      const char   *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (xml->reader, BAD_CAST name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* r:id, in the transitional or the strict relationships namespace. */
char *
_tafel_xlsx_xml_attr_ns_id (TafelXlsxXml *xml)
{
  static const char *const namespaces[] = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  };

  for (guint i = 0; i < G_N_ELEMENTS (namespaces); i++)
    {
      xmlChar *value = xmlTextReaderGetAttributeNs (xml->reader, BAD_CAST "id", BAD_CAST namespaces[i]);

      if (value != NULL)
        {
          char *copy = g_strdup ((const char *) value);

          xmlFree (value);
          return copy;
        }
    }
  return NULL;
}

/* Appends the text inside the current element to @out and moves to the
 * element's end. */
gboolean
_tafel_xlsx_xml_text (TafelXlsxXml *xml,
                      GString      *out,
                      GError      **error)
{
  int depth;

  if (xmlTextReaderIsEmptyElement (xml->reader))
    return TRUE;

  depth = xmlTextReaderDepth (xml->reader);
  for (;;)
    {
      int ret = _tafel_xlsx_xml_read (xml, error);
      int type;

      if (ret < 0)
        return FALSE;
      if (ret == 0)
        break;
      type = xmlTextReaderNodeType (xml->reader);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (xml->reader) == depth)
        break;
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
          type == XML_READER_TYPE_WHITESPACE || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
        {
          const xmlChar *value = xmlTextReaderConstValue (xml->reader);

          if (value != NULL)
            g_string_append (out, (const char *) value);
        }
    }
  return TRUE;
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The text of a string item (<si> of the shared strings, <is> of an
 * inline string): its <t>, or the <t> of each rich text run <r> one after
 * the other; phonetic runs (<rPh>) are left out. A <t> without
 * xml:space="preserve" loses its leading and trailing white space, as in
 * Excel. _xHHHH_ escapes are decoded. */
gboolean
_tafel_xlsx_xml_rich_text (TafelXlsxXml *xml,
                           GString      *out,
                           GError      **error)
{
  g_autoptr(GString) run = g_string_new (NULL);
  int depth, phonetic = -1;

  g_string_truncate (out, 0);
  if (xmlTextReaderIsEmptyElement (xml->reader))
    return TRUE;

  depth = xmlTextReaderDepth (xml->reader);
  for (;;)
    {
      int ret = _tafel_xlsx_xml_read (xml, error);
      int type, here;

      if (ret < 0)
        return FALSE;
      if (ret == 0)
        break;
      type = xmlTextReaderNodeType (xml->reader);
      here = xmlTextReaderDepth (xml->reader);
      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (here == depth)
            break;
          if (here == phonetic)
            phonetic = -1;
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT || phonetic >= 0)
        continue;

      if (_tafel_xlsx_xml_is (xml, XML_READER_TYPE_ELEMENT, "rPh"))
        {
          if (!xmlTextReaderIsEmptyElement (xml->reader))
            phonetic = here;
        }
      else if (_tafel_xlsx_xml_is (xml, XML_READER_TYPE_ELEMENT, "t"))
        {
          xmlChar *space = xmlTextReaderGetAttributeNs (xml->reader, BAD_CAST "space", XML_XML_NAMESPACE);
          gboolean preserve = space != NULL && strcmp ((const char *) space, "preserve") == 0;
          gsize start = 0, end;

          xmlFree (space);
          g_string_truncate (run, 0);
          if (!_tafel_xlsx_xml_text (xml, run, error))
            return FALSE;
          end = run->len;
          if (!preserve)
            {
              while (start < end && is_xml_space (run->str[start]))
                start++;
              while (end > start && is_xml_space (run->str[end - 1]))
                end--;
            }
          g_string_append_len (out, run->str + start, end - start);
        }
    }

  _tafel_xlsx_decode_escapes (out);
  return TRUE;
}

static int
escape_at (const char *p)
{
  int value = 0;

  if (p[0] != '_' || p[1] != 'x')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return p[6] == '_' ? value : -1;
}

/* Decodes _xHHHH_ (a UTF-16 code unit, as Excel writes control characters
 * and as "_x005F_" a literal "_x...") in place. A lone surrogate or NUL
 * becomes U+FFFD. */
void
_tafel_xlsx_decode_escapes (GString *text)
{
  g_autoptr(GString) out = NULL;
  const char *p, *done;

  if (strstr (text->str, "_x") == NULL)
    return;

  out = g_string_sized_new (text->len);
  done = p = text->str;
  while ((p = strstr (p, "_x")) != NULL)
    {
      int unit = escape_at (p);
      gunichar c;

      if (unit < 0)
        {
          p += 2;
          continue;
        }
      g_string_append_len (out, done, p - done);
      p += 7;
      c = unit;
      if (unit >= 0xd800 && unit < 0xdc00)
        {
          int low = escape_at (p);

          if (low >= 0xdc00 && low < 0xe000)
            {
              c = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
              p += 7;
            }
          else
            c = 0xfffd;
        }
      else if ((unit >= 0xdc00 && unit < 0xe000) || unit == 0)
        c = 0xfffd;
      g_string_append_unichar (out, c);
      done = p;
    }
  g_string_append (out, done);
  g_string_assign (text, out->str);
}
