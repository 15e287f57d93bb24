/* tafel-cell-text.c: one line of text drawn by a list cell itself */
#include "config.h"

#include "tafel-cell-text.h"

/* Only the start of a long note can show in one line. */
#define MAX_SHOWN_CHARS 300

void
tafel_cell_text_init (TafelCellText *self,
                      float          xalign)
{
  self->text = g_strdup ("");
  self->layout = NULL;
  self->layout_width = -1;
  self->serial = 0;
  self->xalign = xalign;
}

void
tafel_cell_text_clear (TafelCellText *self)
{
  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->layout);
}

gboolean
tafel_cell_text_set (TafelCellText *self,
                     GtkWidget     *widget,
                     const char    *text)
{
  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->text, text) == 0)
    return FALSE;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_object (&self->layout);
  /* The size stays (one line, fixed width): drawing again is enough. */
  gtk_widget_queue_draw (widget);
  return TRUE;
}

/* The height of one line in @widget's font, asked once per font. */
static int
get_line_height (GtkWidget *widget)
{
  static GHashTable *heights;
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  guint key = font ? pango_font_description_hash (font) : 0;
  gpointer cached;

  if (heights == NULL)
    heights = g_hash_table_new (NULL, NULL);

  if (!g_hash_table_lookup_extended (heights, GUINT_TO_POINTER (key), NULL, &cached))
    {
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      int height;

      pango_layout_set_text (layout, "Ágjy", -1);
      pango_layout_get_pixel_size (layout, NULL, &height);
      cached = GINT_TO_POINTER (height);
      g_hash_table_insert (heights, GUINT_TO_POINTER (key), cached);
    }

  return GPOINTER_TO_INT (cached);
}

void
tafel_cell_text_measure (TafelCellText  *self,
                         GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int            *minimum,
                         int            *natural)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The column decides the width; the text ends in "…" if need be. */
      *minimum = 0;
      *natural = 0;
    }
  else
    {
      *minimum = *natural = get_line_height (widget);
    }
}

static PangoLayout *
ensure_layout (TafelCellText *self,
               GtkWidget     *widget,
               int            width)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);

  /* Another font or scale: shape again. */
  if (self->layout != NULL && self->serial != pango_context_get_serial (context))
    g_clear_object (&self->layout);

  if (self->layout != NULL && self->layout_width == width)
    return self->layout;

  if (self->layout == NULL)
    {
      if (g_utf8_strlen (self->text, -1) > MAX_SHOWN_CHARS)
        {
          g_autofree char *start = g_utf8_substring (self->text, 0, MAX_SHOWN_CHARS);
          self->layout = gtk_widget_create_pango_layout (widget, start);
        }
      else
        {
          self->layout = gtk_widget_create_pango_layout (widget, self->text);
        }
      self->serial = pango_context_get_serial (context);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
    }

  pango_layout_set_width (self->layout, width * PANGO_SCALE);
  self->layout_width = width;
  return self->layout;
}

void
tafel_cell_text_snapshot (TafelCellText *self,
                          GtkWidget     *widget,
                          GtkSnapshot   *snapshot)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoLayout *layout;
  GdkRGBA color;
  int text_width, text_height;
  float x;

  if (*self->text == '\0' || width <= 0)
    return;

  layout = ensure_layout (self, widget, width);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  x = self->xalign * MAX (0, width - text_width);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, MAX (0, (height - text_height) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}
