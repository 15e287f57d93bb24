/* tafel-voorstel-keuze.c: whose proposal, in which session */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-ref-dropdown.h"
#include "tafel-traject-setup.h"
#include "tafel-ui-util.h"
#include "tafel-voorstel-keuze.h"
#include "tafel-voorstel-util.h"

struct _TafelVoorstelKeuze
{
  GtkBox             parent_instance;

  GtkDropDown       *sessie_dropdown;
  GtkEntry          *organisation_entry;

  TafelTrajectModel *model;
  TafelRefDropdown  *sessie_ref;
  GtkListStore      *organisation_names;   /* for the entry completion */
  gint64             organisatie_id;
  guint              updating;
};

enum {
  CHANGED,
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelVoorstelKeuze, tafel_voorstel_keuze, GTK_TYPE_BOX)

static void
set_entry_text (TafelVoorstelKeuze *self,
                const char         *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->organisation_entry)), text) == 0)
    return;

  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_entry), text);
  self->updating--;
}

/* The organisation typed is the one whose proposal is shown; a name that
 * is not known yet gets a "+": Enter adds it. */
static void
resolve (TafelVoorstelKeuze *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->organisation_entry))));
  TafelOrganisatie *org = tafel_voorstel_find_organisatie (self->model, name);
  gint64 id = org ? tafel_entity_get_id (TAFEL_ENTITY (org)) : 0;
  gboolean is_new = *name != '\0' && org == NULL && self->model != NULL;

  gtk_entry_set_icon_from_icon_name (self->organisation_entry, GTK_ENTRY_ICON_SECONDARY,
                                     is_new ? "list-add-symbolic" : NULL);
  if (is_new)
    {
      g_autofree char *tip = g_strdup_printf (_("“%s” is new: Enter adds it"), name);

      gtk_entry_set_icon_tooltip_text (self->organisation_entry, GTK_ENTRY_ICON_SECONDARY, tip);
    }

  if (id != self->organisatie_id)
    {
      self->organisatie_id = id;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
on_organisation_changed_cb (GtkEditable        *editable,
                            TafelVoorstelKeuze *self)
{
  if (self->updating == 0)
    resolve (self);
}

/* Enter: a new name is added to the traject. */
static void
on_organisation_activate_cb (GtkEntry           *entry,
                             TafelVoorstelKeuze *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(TafelOrganisatie) org = NULL;
  g_autoptr(GError) error = NULL;
  gboolean created = FALSE;

  if (self->model == NULL || *name == '\0')
    return;

  org = tafel_traject_ensure_organisatie (tafel_traject_model_get_store (self->model),
                                          tafel_traject_model_get_traject_id (self->model), name, &created, &error);
  if (org == NULL)
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return;
    }

  set_entry_text (self, tafel_organisatie_get_name (org));
  if (created)
    {
      g_autofree char *message = g_strdup_printf (_("New organisation “%s” added"), tafel_organisatie_get_name (org));

      tafel_ui_toast (GTK_WIDGET (self), message);
    }

  resolve (self);
  g_signal_emit (self, signals[ACTIVATED], 0);
}

static void
on_sessie_changed_cb (TafelRefDropdown   *ref,
                      TafelVoorstelKeuze *self)
{
  if (self->updating == 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Renamed elsewhere: show the new name, unless it is being typed; gone:
 * no organisation. */
static void
on_organisations_changed_cb (TafelTrajectModel  *model,
                             TafelVoorstelKeuze *self)
{
  TafelOrganisatie *org = self->organisatie_id != 0
                            ? tafel_traject_model_lookup (model, TAFEL_TYPE_ORGANISATIE, self->organisatie_id) : NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  gboolean typing = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->organisation_entry));

  tafel_ui_fill_organisation_names (self->organisation_names, model);
  if (org != NULL && !typing)
    set_entry_text (self, tafel_organisatie_get_name (org));
  resolve (self);
}

static void
tafel_voorstel_keuze_dispose (GObject *object)
{
  TafelVoorstelKeuze *self = TAFEL_VOORSTEL_KEUZE (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->sessie_ref);
  if (self->organisation_entry != NULL)
    gtk_entry_set_completion (self->organisation_entry, NULL);
  g_clear_object (&self->organisation_names);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_VOORSTEL_KEUZE);

  G_OBJECT_CLASS (tafel_voorstel_keuze_parent_class)->dispose (object);
}

static void
tafel_voorstel_keuze_class_init (TafelVoorstelKeuzeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_voorstel_keuze_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-voorstel-keuze.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelKeuze, sessie_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelKeuze, organisation_entry);
}

static void
tafel_voorstel_keuze_init (TafelVoorstelKeuze *self)
{
  g_autoptr(GtkEntryCompletion) completion = gtk_entry_completion_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sessie_ref = tafel_ref_dropdown_new (self->sessie_dropdown, TAFEL_TYPE_SESSIE);
  tafel_ref_dropdown_add_fixed (self->sessie_ref, 0, _("All sessions"));
  g_signal_connect (self->sessie_ref, "changed", G_CALLBACK (on_sessie_changed_cb), self);
  g_signal_connect (self->sessie_dropdown, "mnemonic-activate", G_CALLBACK (tafel_ui_dropdown_mnemonic_cb), NULL);

  self->organisation_names = gtk_list_store_new (1, G_TYPE_STRING);
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->organisation_names));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_match_func (completion, tafel_ui_match_name, NULL, NULL);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_set_completion (self->organisation_entry, completion);
  g_signal_connect (self->organisation_entry, "changed", G_CALLBACK (on_organisation_changed_cb), self);
  g_signal_connect (self->organisation_entry, "activate", G_CALLBACK (on_organisation_activate_cb), self);
}

/* Another traject starts with no organisation and the session held today
 * or last (as in the capture bar of the Geeltjes page). */
void
tafel_voorstel_keuze_set_model (TafelVoorstelKeuze *self,
                                TafelTrajectModel  *model)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_KEUZE (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "changed::organisatie", G_CALLBACK (on_organisations_changed_cb), self);

  self->updating++;
  tafel_ref_dropdown_set_model (self->sessie_ref, model);
  tafel_ref_dropdown_set_id (self->sessie_ref, model ? tafel_ui_last_held_sessie (model) : 0);
  set_entry_text (self, "");
  self->organisatie_id = 0;
  self->updating--;
  tafel_ui_fill_organisation_names (self->organisation_names, model);
  resolve (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

gint64
tafel_voorstel_keuze_get_sessie_id (TafelVoorstelKeuze *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_KEUZE (self), 0);
  return tafel_ref_dropdown_get_id (self->sessie_ref);
}

gint64
tafel_voorstel_keuze_get_organisatie_id (TafelVoorstelKeuze *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_KEUZE (self), 0);
  return self->organisatie_id;
}

GtkDropDown *
tafel_voorstel_keuze_get_sessie_dropdown (TafelVoorstelKeuze *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_KEUZE (self), NULL);
  return self->sessie_dropdown;
}

GtkEntry *
tafel_voorstel_keuze_get_organisation_entry (TafelVoorstelKeuze *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_KEUZE (self), NULL);
  return self->organisation_entry;
}
