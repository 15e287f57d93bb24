/* tafel-sessie-editor.c: the fields and the agenda of one session */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-date-row.h"
#include "tafel-field-binding.h"
#include "tafel-sessie-editor.h"

struct _TafelSessieEditor
{
  AdwBin             parent_instance;

  GtkWidget         *name_row;
  GtkWidget         *date_row;
  GtkWidget         *start_row;
  GtkWidget         *end_row;
  GtkWidget         *theme_row;
  GtkWidget         *location_row;
  GtkWidget         *deadline_row;
  TafelAgendaEditor *agenda_editor;

  TafelTrajectModel *model;
  TafelSessie       *sessie;
};

G_DEFINE_FINAL_TYPE (TafelSessieEditor, tafel_sessie_editor, ADW_TYPE_BIN)

static const struct {
  const char *column;
  gsize       offset;
} fields[] = {
  { "name", G_STRUCT_OFFSET (TafelSessieEditor, name_row) },
  { "date", G_STRUCT_OFFSET (TafelSessieEditor, date_row) },
  { "start_time", G_STRUCT_OFFSET (TafelSessieEditor, start_row) },
  { "end_time", G_STRUCT_OFFSET (TafelSessieEditor, end_row) },
  { "theme", G_STRUCT_OFFSET (TafelSessieEditor, theme_row) },
  { "location", G_STRUCT_OFFSET (TafelSessieEditor, location_row) },
  { "deadline", G_STRUCT_OFFSET (TafelSessieEditor, deadline_row) },
};

#define FIELD_WIDGET(self, i) (G_STRUCT_MEMBER (GtkWidget *, (self), fields[i].offset))

static void
tafel_sessie_editor_dispose (GObject *object)
{
  TafelSessieEditor *self = TAFEL_SESSIE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_SESSIE_EDITOR);
  g_clear_object (&self->sessie);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (tafel_sessie_editor_parent_class)->dispose (object);
}

static void
tafel_sessie_editor_class_init (TafelSessieEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_sessie_editor_dispose;

  g_type_ensure (TAFEL_TYPE_DATE_ROW);
  g_type_ensure (TAFEL_TYPE_AGENDA_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-sessie-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelSessieEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, TafelSessieEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, TafelSessieEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, TafelSessieEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, TafelSessieEditor, theme_row);
  gtk_widget_class_bind_template_child (widget_class, TafelSessieEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, TafelSessieEditor, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, TafelSessieEditor, agenda_editor);
}

static void
tafel_sessie_editor_init (TafelSessieEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    tafel_field_binding_bind (FIELD_WIDGET (self, i), fields[i].column);
}

GtkWidget *
tafel_sessie_editor_new (void)
{
  return g_object_new (TAFEL_TYPE_SESSIE_EDITOR, NULL);
}

/* Shows @sessie of @model; what was typed for the previous session and not
 * yet applied is stored first. */
void
tafel_sessie_editor_set_sessie (TafelSessieEditor *self,
                                TafelTrajectModel *model,
                                TafelSessie       *sessie)
{
  TafelStore *store;

  g_return_if_fail (TAFEL_IS_SESSIE_EDITOR (self));
  g_return_if_fail (sessie == NULL || TAFEL_IS_TRAJECT_MODEL (model));

  if (sessie == NULL)
    model = NULL;

  g_set_object (&self->model, model);
  g_set_object (&self->sessie, sessie);

  store = model ? tafel_traject_model_get_store (model) : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    tafel_field_binding_set_entity (FIELD_WIDGET (self, i), store, sessie);

  tafel_agenda_editor_set_sessie (self->agenda_editor, model, sessie);
}

TafelSessie *
tafel_sessie_editor_get_sessie (TafelSessieEditor *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE_EDITOR (self), NULL);
  return self->sessie;
}

/* The row that edits @column ("name", "date", "start_time", "end_time",
 * "theme", "location", "deadline"), or NULL. */
GtkWidget *
tafel_sessie_editor_get_field (TafelSessieEditor *self,
                               const char        *column)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].column, column))
      return FIELD_WIDGET (self, i);

  return NULL;
}

TafelAgendaEditor *
tafel_sessie_editor_get_agenda_editor (TafelSessieEditor *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIE_EDITOR (self), NULL);
  return self->agenda_editor;
}

/* Focus in the name field with its text selected, so typing replaces it. */
void
tafel_sessie_editor_focus_name (TafelSessieEditor *self)
{
  g_return_if_fail (TAFEL_IS_SESSIE_EDITOR (self));

  gtk_widget_grab_focus (self->name_row);
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}
