/* tafel-deelnemer-row.c: a participant in the list of the Deelnemers page */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-deelnemer-row.h"

struct _TafelDeelnemerRow
{
  GtkListBoxRow      parent_instance;

  TafelDeelnemer    *deelnemer;
  TafelTrajectModel *model;
  GtkLabel          *name_label;
  GtkLabel          *details_label;
  GtkLabel          *role_label;
};

G_DEFINE_FINAL_TYPE (TafelDeelnemerRow, tafel_deelnemer_row, GTK_TYPE_LIST_BOX_ROW)

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
tafel_deelnemer_row_finalize (GObject *object)
{
  TafelDeelnemerRow *self = TAFEL_DEELNEMER_ROW (object);

  g_clear_object (&self->deelnemer);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (tafel_deelnemer_row_parent_class)->finalize (object);
}

static void
tafel_deelnemer_row_class_init (TafelDeelnemerRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tafel_deelnemer_row_finalize;
}

static void
tafel_deelnemer_row_init (TafelDeelnemerRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  self->name_label = add_label (box, "heading");
  self->details_label = add_label (box, "caption");
  self->role_label = add_label (box, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->role_label), "dim-label");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

GtkWidget *
tafel_deelnemer_row_new (TafelDeelnemer    *deelnemer,
                         TafelTrajectModel *model)
{
  TafelDeelnemerRow *self;

  g_return_val_if_fail (TAFEL_IS_DEELNEMER (deelnemer), NULL);
  g_return_val_if_fail (TAFEL_IS_TRAJECT_MODEL (model), NULL);

  self = g_object_new (TAFEL_TYPE_DEELNEMER_ROW, NULL);
  self->deelnemer = g_object_ref (deelnemer);
  self->model = g_object_ref (model);
  g_signal_connect_object (deelnemer, "notify", G_CALLBACK (tafel_deelnemer_row_update), self, G_CONNECT_SWAPPED);
  tafel_deelnemer_row_update (self);

  return GTK_WIDGET (self);
}

TafelDeelnemer *
tafel_deelnemer_row_get_deelnemer (TafelDeelnemerRow *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMER_ROW (self), NULL);
  return self->deelnemer;
}

/* Shows the participant as stored now, with the current organisation name. */
void
tafel_deelnemer_row_update (TafelDeelnemerRow *self)
{
  const char *org, *function, *role;
  g_autofree char *details = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (TAFEL_IS_DEELNEMER_ROW (self));

  org = tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE,
                                         tafel_deelnemer_get_organisatie_id (self->deelnemer));
  function = tafel_deelnemer_get_function (self->deelnemer);
  role = tafel_choice_label (tafel_deelnemer_roles, tafel_deelnemer_get_role (self->deelnemer));

  if (*org != '\0' && *function != '\0')
    details = g_strdup_printf ("%s · %s", org, function);
  else
    details = g_strdup (*org != '\0' ? org : function);

  gtk_label_set_label (self->name_label, tafel_deelnemer_get_name (self->deelnemer));
  gtk_label_set_label (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), *details != '\0');
  gtk_label_set_label (self->role_label, role);

  label = g_strjoin (", ", tafel_deelnemer_get_name (self->deelnemer), *details ? details : role,
                     *details ? role : NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
