/* tafel-sessie-row.c: a session in the list of the Sessies page */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-sessie-row.h"
#include "tafel-validate.h"

struct _TafelSessieRow
{
  GtkListBoxRow  parent_instance;

  TafelSessie   *sessie;
  GtkLabel      *name_label;
  GtkLabel      *when_label;
  GtkLabel      *theme_label;
  GtkLabel      *count_label;
  guint          n_geeltjes;
};

G_DEFINE_FINAL_TYPE (TafelSessieRow, tafel_sessie_row, GTK_TYPE_LIST_BOX_ROW)

static char *
dup_when (TafelSessie *sessie)
{
  const char *date = tafel_sessie_get_date (sessie);
  const char *start = tafel_sessie_get_start_time (sessie);
  const char *end = tafel_sessie_get_end_time (sessie);
  GString *out = g_string_new (NULL);

  if (date != NULL)
    {
      g_autofree char *day = tafel_date_format (date);
      g_string_append (out, day);
    }
  else
    g_string_append (out, _("No date yet"));

  if (start != NULL && end != NULL)
    g_string_append_printf (out, ", %s–%s", start, end);
  else if (start != NULL)
    g_string_append_printf (out, ", %s", start);

  return g_string_free (out, FALSE);
}

static void
update (TafelSessieRow *self)
{
  const char *theme = tafel_sessie_get_theme (self->sessie);
  g_autofree char *when = dup_when (self->sessie);
  g_autofree char *counted = NULL;
  g_autofree char *label = NULL;
  guint n = self->n_geeltjes;

  gtk_label_set_label (self->name_label, tafel_sessie_get_name (self->sessie));
  gtk_label_set_label (self->when_label, when);
  gtk_label_set_label (self->theme_label, theme);
  gtk_widget_set_visible (GTK_WIDGET (self->theme_label), *theme != '\0');

  counted = g_strdup_printf (ngettext ("%u sticky note", "%u sticky notes", n), n);
  gtk_label_set_label (self->count_label, counted);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n > 0);

  label = g_strjoin (", ", tafel_sessie_get_name (self->sessie), when,
                     *theme != '\0' ? theme : (n > 0 ? counted : NULL),
                     *theme != '\0' && n > 0 ? counted : NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static GtkLabel *
add_label (GtkWidget  *box,
           const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, style);
  gtk_box_append (GTK_BOX (box), label);

  return GTK_LABEL (label);
}

static void
tafel_sessie_row_finalize (GObject *object)
{
  TafelSessieRow *self = TAFEL_SESSIE_ROW (object);

  g_clear_object (&self->sessie);

  G_OBJECT_CLASS (tafel_sessie_row_parent_class)->finalize (object);
}

static void
tafel_sessie_row_class_init (TafelSessieRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tafel_sessie_row_finalize;
}

static void
tafel_sessie_row_init (TafelSessieRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  self->name_label = add_label (box, "heading");
  self->when_label = add_label (box, "caption");
  self->theme_label = add_label (box, "caption");
  self->count_label = add_label (box, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

GtkWidget *
tafel_sessie_row_new (TafelSessie *sessie)
{
  TafelSessieRow *self;

  g_return_val_if_fail (TAFEL_IS_SESSIE (sessie), NULL);

  self = g_object_new (TAFEL_TYPE_SESSIE_ROW, NULL);
  self->sessie = g_object_ref (sessie);
  g_signal_connect_object (sessie, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

TafelSessie *
tafel_sessie_row_get_sessie (TafelSessieRow *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE_ROW (self), NULL);
  return self->sessie;
}

void
tafel_sessie_row_set_n_geeltjes (TafelSessieRow *self,
                                 guint           n_geeltjes)
{
  g_return_if_fail (TAFEL_IS_SESSIE_ROW (self));

  if (self->n_geeltjes == n_geeltjes)
    return;

  self->n_geeltjes = n_geeltjes;
  update (self);
}

/* "3 sticky notes" (also when hidden, for 0). */
const char *
tafel_sessie_row_get_count_text (TafelSessieRow *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE_ROW (self), NULL);
  return gtk_label_get_label (self->count_label);
}
