/* tafel-cell-text.h: one line of text drawn by a list cell itself
 *
 * A GtkLabel per cell costs a widget and, worse, shapes its whole text
 * again whenever a row is laid out. Cells of the sticky-note list have a
 * fixed width and one line, so they draw their text themselves: measuring
 * needs only the line height, and the text is shaped once, for drawing,
 * ending in "…" when it does not fit.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct {
  char        *text;
  PangoLayout *layout;        /* made when drawn, kept while text and width stay */
  int          layout_width;
  guint        serial;        /* of the widget's Pango context when made */
  float        xalign;
} TafelCellText;

void tafel_cell_text_init     (TafelCellText  *self,
                               float           xalign);
void tafel_cell_text_clear    (TafelCellText  *self);
/* Returns FALSE when @text was shown already. */
gboolean tafel_cell_text_set  (TafelCellText  *self,
                               GtkWidget      *widget,
                               const char     *text);
void tafel_cell_text_measure  (TafelCellText  *self,
                               GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int            *minimum,
                               int            *natural);
void tafel_cell_text_snapshot (TafelCellText  *self,
                               GtkWidget      *widget,
                               GtkSnapshot    *snapshot);

G_END_DECLS
