/* tafel-test-book.h: reading a written workbook back in a test
 *
 * book_open() reads every part of an .xlsx (asserting each is well-formed
 * XML) and resolves the shared strings; the other functions look up
 * parts, sheets by name, cells by reference and styles with XPath, with
 * the prefixes m (spreadsheetml), r, pr (package relationships), dc, cp
 * (core properties) and ep (extended properties).
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

G_BEGIN_DECLS

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

typedef struct {
  GHashTable *docs;   /* part name → xmlDoc */
  GPtrArray  *sst;    /* shared strings, empty when the workbook has none */
  char       *raw;    /* every part, concatenated, to search for markup */
} Book;

Book    *book_open          (const char *path);
void     book_free          (Book       *book);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Book, book_free)

xmlDoc  *book_doc           (Book       *book,
                             const char *part);
xmlDoc  *book_sheet         (Book       *book,
                             const char *name);
char    *xpath_string       (xmlDoc     *doc,
                             const char *format,
                             ...) G_GNUC_PRINTF (2, 3);
double   xpath_count        (xmlDoc     *doc,
                             const char *expr);
char    *cell_attr          (Book       *book,
                             const char *sheet,
                             const char *ref,
                             const char *attr);
char    *cell_value         (Book       *book,
                             const char *sheet,
                             const char *ref);
char    *cell_format        (Book       *book,
                             const char *sheet,
                             const char *ref);
void     assert_string_cell (Book       *book,
                             const char *sheet,
                             const char *ref,
                             const char *expected);
void     assert_date_cell   (Book       *book,
                             const char *sheet,
                             const char *ref,
                             const char *format,
                             double      expected);
guint    find_row           (Book       *book,
                             const char *sheet,
                             const char *col,
                             const char *text);

G_END_DECLS
