/* tafel-xlsx-reader-private.h: what the parts of the xlsx reader share
 *
 * tafel-xlsx-reader-zip.c    the zip directory, checked by hand
 * tafel-xlsx-reader-unpack.c unpacking a part within the limits
 * tafel-xlsx-reader-xml.c    libxml2's streaming reader, without DTDs, and
 *                            the text helpers (_xHHHH_, rich text)
 * tafel-xlsx-reader-parts.c  workbook, relationships, styles, shared
 *                            strings and document properties
 * tafel-xlsx-reader-sheet.c  worksheets: the cells
 * tafel-xlsx-reader-values.c dates, numbers, number formats, references
 * tafel-xlsx-reader.c        opening a book and the public getters
 */
#pragma once

#include <gsf/gsf-infile.h>
#include <gsf/gsf-input.h>
#include <libxml/xmlreader.h>

#include "tafel-xlsx-reader.h"

G_BEGIN_DECLS

/* Parts smaller than this are never refused for their compression ratio:
 * small, repetitive XML (an empty styles part, a sheet of identical rows)
 * honestly packs more than 100 times smaller, and a bomb needs volume. */
#define TAFEL_XLSX_RATIO_MIN_SIZE (1024 * 1024)

/* One file in the zip, from the central directory. */
typedef struct {
  char    *name;          /* as stored: "xl/workbook.xml" */
  guint16  flags;
  guint16  method;        /* 0 stored, 8 deflated */
  guint32  crc;
  guint64  csize;         /* packed */
  guint64  usize;         /* unpacked, as the directory claims */
  guint64  offset;        /* of the local header */
  guint64  data_offset;   /* of the packed data */
  gboolean is_dir;
} TafelXlsxEntry;

typedef struct {
  char           *name;
  char           *rel_id;
  char           *part;    /* the zip name it resolves to */
  gboolean        hidden;
  TafelXlsxReadSheet *sheet;   /* read on first request */
} TafelXlsxSheetInfo;

struct _TafelXlsxBook
{
  char         *display;     /* the file's basename, or "workbook" */
  GBytes       *bytes;       /* the whole file */
  GsfInput     *input;
  GsfInfile    *zip;
  GPtrArray    *entries;     /* TafelXlsxEntry */
  GHashTable   *by_name;     /* ASCII-lowercase name → TafelXlsxEntry */
  guint64       total;       /* bytes unpacked so far, for every part */

  gboolean      date1904;
  GPtrArray    *sheets;      /* TafelXlsxSheetInfo */
  GHashTable   *sheet_index; /* casefolded name → index + 1 */
  GHashTable   *rels;        /* Id → TafelXlsxRel */
  char         *sst_part;    /* or NULL */
  char         *styles_part; /* or NULL */

  GStringChunk *strings;     /* the shared strings' text */
  GPtrArray    *sst;         /* const char *, into strings */
  GArray       *date_xfs;    /* gboolean per cellXfs index */
  GHashTable   *props;       /* docProps/core.xml: local name → text */
};

typedef struct {
  char     *type;
  char     *target;
  gboolean  external;
} TafelXlsxRel;

/* Reading one XML part. */
typedef struct {
  TafelXlsxBook      *book;
  const char         *part;
  xmlTextReader      *reader;
  int                 error_line;
  xmlGenericErrorFunc saved_handler;   /* this thread's, while reading */
  void               *saved_context;
} TafelXlsxXml;

/* tafel-xlsx-reader-zip.c */
gboolean        _tafel_xlsx_zip_open        (TafelXlsxBook  *book,
                                             GError        **error);
char           *_tafel_xlsx_display_name    (const char     *name,
                                             gssize          length);

/* tafel-xlsx-reader-unpack.c */
void            _tafel_xlsx_entry_free      (gpointer        data);
TafelXlsxEntry *_tafel_xlsx_zip_lookup      (TafelXlsxBook  *book,
                                             const char     *name);
GBytes         *_tafel_xlsx_zip_read        (TafelXlsxBook  *book,
                                             const char     *name,
                                             GError        **error);

/* tafel-xlsx-reader-xml.c */
gboolean        _tafel_xlsx_xml_open        (TafelXlsxXml   *xml,
                                             TafelXlsxBook  *book,
                                             const char     *part,
                                             GBytes         *data,
                                             GError        **error);
void            _tafel_xlsx_xml_close       (TafelXlsxXml   *xml);
int             _tafel_xlsx_xml_read        (TafelXlsxXml   *xml,
                                             GError        **error);
gboolean        _tafel_xlsx_xml_is          (TafelXlsxXml   *xml,
                                             int             type,
                                             const char     *local_name);
char           *_tafel_xlsx_xml_attr        (TafelXlsxXml   *xml,
                                             const char     *name);
char           *_tafel_xlsx_xml_attr_ns_id  (TafelXlsxXml   *xml);
gboolean        _tafel_xlsx_xml_text        (TafelXlsxXml   *xml,
                                             GString        *out,
                                             GError        **error);
gboolean        _tafel_xlsx_xml_rich_text   (TafelXlsxXml   *xml,
                                             GString        *out,
                                             GError        **error);
void            _tafel_xlsx_decode_escapes  (GString        *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TafelXlsxXml, _tafel_xlsx_xml_close)

/* tafel-xlsx-reader-parts.c */
gboolean        _tafel_xlsx_read_workbook   (TafelXlsxBook  *book,
                                             GError        **error);
gboolean        _tafel_xlsx_read_rels       (TafelXlsxBook  *book,
                                             GError        **error);
gboolean        _tafel_xlsx_read_styles     (TafelXlsxBook  *book,
                                             GError        **error);
gboolean        _tafel_xlsx_read_sst        (TafelXlsxBook  *book,
                                             GError        **error);
gboolean        _tafel_xlsx_read_core       (TafelXlsxBook  *book,
                                             GError        **error);

/* tafel-xlsx-reader-sheet.c */
TafelXlsxReadSheet *_tafel_xlsx_sheet_read      (TafelXlsxBook  *book,
                                             TafelXlsxSheetInfo *info,
                                             GError        **error);
void            _tafel_xlsx_sheet_free      (TafelXlsxReadSheet *sheet);

/* tafel-xlsx-reader-values.c */
typedef enum {
  TAFEL_XLSX_REF_OK,
  TAFEL_XLSX_REF_INVALID,   /* not a reference: "1A", "$A$1", "A0" */
  TAFEL_XLSX_REF_BEYOND,    /* beyond XFD1048576 */
} TafelXlsxRef;

gboolean        _tafel_xlsx_serial_to_iso   (double          serial,
                                             char           *buf,
                                             gsize           size);
gboolean        _tafel_xlsx_iso_to_serial   (const char     *iso,
                                             double         *serial);
void            _tafel_xlsx_format_number   (double          value,
                                             char           *buf,
                                             gsize           size);
gboolean        _tafel_xlsx_parse_number    (const char     *text,
                                             double         *value);
gboolean        _tafel_xlsx_format_is_date  (const char     *code);
TafelXlsxRef    _tafel_xlsx_parse_ref       (const char     *ref,
                                             guint32        *row,
                                             guint32        *col);
TafelXlsxRef    _tafel_xlsx_parse_row_number (const char    *text,
                                              guint32       *row);
char           *_tafel_xlsx_make_ref        (guint64         row,
                                             guint64         col);

G_END_DECLS
