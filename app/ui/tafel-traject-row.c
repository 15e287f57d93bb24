/* tafel-traject-row.c: one traject in the start page's list
 *
 * Shows the name, status, region and perceel, what the traject holds and
 * when it was changed, with buttons to edit and delete it. F2 and Delete
 * do the same while the row (or one of its buttons) has the focus. The row
 * only asks: the start page does the work when it hears "edit" or "delete".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-traject-row.h"

struct _TafelTrajectRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *name_label;
  GtkLabel      *status_label;
  GtkLabel      *place_label;
  GtkLabel      *counts_label;
  GtkLabel      *modified_label;
  GtkButton     *edit_button;
  GtkButton     *delete_button;

  TafelTraject  *traject;
  char          *status_class;
};

enum {
  EDIT,
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelTrajectRow, tafel_traject_row, GTK_TYPE_LIST_BOX_ROW)

static void
append_part (GString    *out,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;

  if (out->len > 0)
    g_string_append (out, " · ");
  g_string_append (out, part);
}

static void
update_status (TafelTrajectRow *self)
{
  const char *status = tafel_traject_get_status (self->traject);

  if (self->status_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), self->status_class);
  g_free (self->status_class);
  self->status_class = g_strdup (status ? status : "");

  gtk_label_set_text (self->status_label, tafel_choice_label (tafel_traject_statuses, status));
  if (*self->status_class != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), self->status_class);
}

static void
update (TafelTrajectRow *self)
{
  const char *name = tafel_traject_get_name (self->traject);
  g_autoptr(GString) place = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *modified = tafel_traject_modified_format (tafel_traject_get_modified_at (self->traject), now);
  g_autofree char *edit_label = g_strdup_printf (_("Edit traject “%s”"), name);
  g_autofree char *delete_label = g_strdup_printf (_("Delete traject “%s”"), name);

  gtk_label_set_text (self->name_label, name);
  update_status (self);

  append_part (place, tafel_traject_get_region (self->traject));
  append_part (place, tafel_traject_get_perceel (self->traject));
  gtk_label_set_text (self->place_label, place->str);
  gtk_widget_set_visible (GTK_WIDGET (self->place_label), place->len > 0);

  gtk_label_set_text (self->modified_label, modified ? modified : "");
  gtk_widget_set_visible (GTK_WIDGET (self->modified_label), modified != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label,
                                  -1);
}

static void
on_edit_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_signal_emit (widget, signals[EDIT], 0);
}

static void
on_delete_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_signal_emit (widget, signals[DELETE], 0);
}

static void
tafel_traject_row_dispose (GObject *object)
{
  TafelTrajectRow *self = TAFEL_TRAJECT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_TRAJECT_ROW);

  G_OBJECT_CLASS (tafel_traject_row_parent_class)->dispose (object);
}

static void
tafel_traject_row_finalize (GObject *object)
{
  TafelTrajectRow *self = TAFEL_TRAJECT_ROW (object);

  g_clear_object (&self->traject);
  g_clear_pointer (&self->status_class, g_free);

  G_OBJECT_CLASS (tafel_traject_row_parent_class)->finalize (object);
}

static void
tafel_traject_row_class_init (TafelTrajectRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_traject_row_dispose;
  object_class->finalize = tafel_traject_row_finalize;

  /* The user asked to edit the traject (Edit button or F2). */
  signals[EDIT] =
    g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The user asked to delete the traject (Delete button or key). */
  signals[DELETE] =
    g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-traject-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectRow, place_label);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectRow, counts_label);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectRow, modified_label);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectRow, delete_button);

  gtk_widget_class_install_action (widget_class, "row.edit", NULL, on_edit_action_cb);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, on_delete_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "row.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "row.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "row.delete", NULL);
}

static void
tafel_traject_row_init (TafelTrajectRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TafelTrajectRow *
tafel_traject_row_new (TafelTraject *traject)
{
  TafelTrajectRow *self;

  g_return_val_if_fail (TAFEL_IS_TRAJECT (traject), NULL);

  self = g_object_new (TAFEL_TYPE_TRAJECT_ROW, NULL);
  self->traject = g_object_ref (traject);
  update (self);

  return self;
}

TafelTraject *
tafel_traject_row_get_traject (TafelTrajectRow *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT_ROW (self), NULL);
  return self->traject;
}

gint64
tafel_traject_row_get_id (TafelTrajectRow *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT_ROW (self), 0);
  return tafel_entity_get_id (TAFEL_ENTITY (self->traject));
}

/* NULL hides the line, e.g. when counting failed. */
void
tafel_traject_row_set_counts (TafelTrajectRow          *self,
                              const TafelTrajectCounts *counts)
{
  g_autofree char *text = NULL;

  g_return_if_fail (TAFEL_IS_TRAJECT_ROW (self));

  text = counts ? tafel_traject_counts_format (counts) : NULL;
  gtk_label_set_text (self->counts_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->counts_label), text != NULL);
}

/* "3 sessions · 11 deelproducten · 25 organisations · 400 sticky notes (312 open)" */
char *
tafel_traject_counts_format (const TafelTrajectCounts *counts)
{
  GString *out = g_string_new (NULL);
  g_autofree char *sessies = NULL;
  g_autofree char *deelproducten = NULL;
  g_autofree char *organisaties = NULL;
  g_autofree char *geeltjes = NULL;

  g_return_val_if_fail (counts != NULL, NULL);

  sessies = g_strdup_printf (ngettext ("%u session", "%u sessions", counts->n_sessies),
                             counts->n_sessies);
  deelproducten = g_strdup_printf (ngettext ("%u deelproduct", "%u deelproducten", counts->n_deelproducten),
                                   counts->n_deelproducten);
  organisaties = g_strdup_printf (ngettext ("%u organisation", "%u organisations", counts->n_organisaties),
                                  counts->n_organisaties);
  geeltjes = g_strdup_printf (ngettext ("%u sticky note (%u open)", "%u sticky notes (%u open)", counts->n_geeltjes),
                              counts->n_geeltjes, counts->n_geeltjes_open);

  append_part (out, sessies);
  append_part (out, deelproducten);
  append_part (out, organisaties);
  append_part (out, geeltjes);

  return g_string_free (out, FALSE);
}

/* "Changed today at 14:03", "Changed yesterday at 09:12", "Changed on
 * 3 March 2026", in local time; NULL when @timestamp (UTC ISO 8601) is
 * missing or not readable. */
char *
tafel_traject_modified_format (const char *timestamp,
                               GDateTime  *now)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) yesterday = NULL;
  g_autofree char *time = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (now != NULL, NULL);

  if (timestamp == NULL || *timestamp == '\0')
    return NULL;

  utc = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (utc == NULL)
    return NULL;

  local = g_date_time_to_timezone (utc, g_date_time_get_timezone (now));
  yesterday = g_date_time_add_days (now, -1);
  time = g_date_time_format (local, "%H:%M");

  if (g_date_time_get_year (local) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    return g_strdup_printf (_("Changed today at %s"), time);

  if (g_date_time_get_year (local) == g_date_time_get_year (yesterday) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (yesterday))
    return g_strdup_printf (_("Changed yesterday at %s"), time);

  date = g_date_time_format (local, "%-d %B %Y");
  return g_strdup_printf (_("Changed on %s"), date);
}
