/* tafel-geeltje-capture.c: the capture bar: type a sticky note, press Enter */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-geeltje-capture.h"
#include "tafel-ref-dropdown.h"
#include "tafel-traject-setup.h"
#include "tafel-ui-util.h"

struct _TafelGeeltjeCapture
{
  AdwBin              parent_instance;

  GtkDropDown        *sessie_dropdown;
  GtkDropDown        *deelproduct_dropdown;
  GtkDropDown        *vraagblok_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkEntry           *organisation_entry;
  GtkEntry           *text_entry;
  GtkLabel           *counter_label;
  GtkLabel           *message_label;

  TafelTrajectModel  *model;
  TafelRefDropdown   *sessie_ref;
  TafelRefDropdown   *deelproduct_ref;
  TafelRefDropdown   *vraagblok_ref;
  GtkListStore       *organisation_names;  /* for the entry completion */
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelGeeltjeCapture, tafel_geeltje_capture, ADW_TYPE_BIN)

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static void
show_message (TafelGeeltjeCapture *self,
              const char          *message)
{
  gtk_label_set_label (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->text_entry), "error");
}

static void
update_counter (TafelGeeltjeCapture *self)
{
  glong length = g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (self->text_entry)), -1);
  g_autofree char *counter = g_strdup_printf ("%ld/%d", length, TAFEL_GEELTJE_TEXT_MAX);

  gtk_label_set_label (self->counter_label, counter);
  if (length > TAFEL_GEELTJE_TEXT_MAX)
    gtk_widget_add_css_class (GTK_WIDGET (self->counter_label), "over");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->counter_label), "over");
}

static TafelOrganisatie *
find_organisation (TafelGeeltjeCapture *self,
                   const char          *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GListModel *list;
  guint n;

  if (self->model == NULL)
    return NULL;

  list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_ORGANISATIE);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelOrganisatie) org = g_list_model_get_item (list, i);
      g_autofree char *other = g_utf8_casefold (tafel_organisatie_get_name (org), -1);

      if (g_str_equal (folded, other))
        return org;
    }

  return NULL;
}

/* A name that is not known yet gets a "+" in the entry: it will be added. */
static void
update_organisation_hint (TafelGeeltjeCapture *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->organisation_entry))));
  gboolean is_new = *name != '\0' && self->model != NULL && find_organisation (self, name) == NULL;

  gtk_entry_set_icon_from_icon_name (self->organisation_entry, GTK_ENTRY_ICON_SECONDARY,
                                     is_new ? "list-add-symbolic" : NULL);
  if (is_new)
    {
      g_autofree char *tip = g_strdup_printf (_("“%s” is new: it is added when the sticky note is stored"), name);
      gtk_entry_set_icon_tooltip_text (self->organisation_entry, GTK_ENTRY_ICON_SECONDARY, tip);
    }
}

static void
fill_organisation_names (TafelGeeltjeCapture *self)
{
  tafel_ui_fill_organisation_names (self->organisation_names, self->model);
}

static const char *
get_kind_id (TafelGeeltjeCapture *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  if (selected >= tafel_choice_count (tafel_geeltje_kinds))
    selected = 0;

  return tafel_geeltje_kinds[selected].id;
}

static void
on_sessie_changed_cb (TafelRefDropdown    *ref,
                      TafelGeeltjeCapture *self)
{
  gint64 sessie_id = tafel_ref_dropdown_get_id (ref);
  gint64 block_id = tafel_ref_dropdown_get_id (self->vraagblok_ref);
  g_autoptr(GArray) agenda = NULL;

  if (sessie_id == 0 || self->model == NULL)
    return;

  /* Prefer a question block on the session's agenda. */
  agenda = tafel_store_get_agenda (tafel_traject_model_get_store (self->model), sessie_id, NULL);
  if (agenda == NULL || agenda->len == 0)
    return;

  for (guint i = 0; i < agenda->len; i++)
    if (g_array_index (agenda, gint64, i) == block_id)
      return;

  tafel_ref_dropdown_set_id (self->vraagblok_ref, g_array_index (agenda, gint64, 0));
}

static void
on_organisations_changed_cb (TafelTrajectModel   *model,
                             TafelGeeltjeCapture *self)
{
  fill_organisation_names (self);
  update_organisation_hint (self);
}

static void
on_organisation_changed_cb (GtkEditable         *editable,
                            TafelGeeltjeCapture *self)
{
  update_organisation_hint (self);
}

static void
on_organisation_activate_cb (GtkEntry            *entry,
                             TafelGeeltjeCapture *self)
{
  tafel_geeltje_capture_focus_text (self);
}

static void
on_text_changed_cb (GtkEditable         *editable,
                    TafelGeeltjeCapture *self)
{
  update_counter (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->message_label)))
    show_message (self, NULL);
}

static void
on_text_activate_cb (GtkEntry            *entry,
                     TafelGeeltjeCapture *self)
{
  tafel_geeltje_capture_store (self);
}

static void
tafel_geeltje_capture_dispose (GObject *object)
{
  TafelGeeltjeCapture *self = TAFEL_GEELTJE_CAPTURE (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->sessie_ref);
  g_clear_object (&self->deelproduct_ref);
  g_clear_object (&self->vraagblok_ref);
  if (self->organisation_entry != NULL)
    gtk_entry_set_completion (self->organisation_entry, NULL);
  g_clear_object (&self->organisation_names);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_GEELTJE_CAPTURE);

  G_OBJECT_CLASS (tafel_geeltje_capture_parent_class)->dispose (object);
}

static void
tafel_geeltje_capture_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TafelGeeltjeCapture *self = TAFEL_GEELTJE_CAPTURE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_geeltje_capture_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TafelGeeltjeCapture *self = TAFEL_GEELTJE_CAPTURE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_geeltje_capture_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_geeltje_capture_class_init (TafelGeeltjeCaptureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_geeltje_capture_dispose;
  object_class->get_property = tafel_geeltje_capture_get_property;
  object_class->set_property = tafel_geeltje_capture_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-geeltje-capture.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjeCapture, sessie_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjeCapture, deelproduct_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjeCapture, vraagblok_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjeCapture, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjeCapture, organisation_entry);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjeCapture, text_entry);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjeCapture, counter_label);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjeCapture, message_label);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_activate_cb);
}

static void
tafel_geeltje_capture_init (TafelGeeltjeCapture *self)
{
  g_autoptr(GtkStringList) kinds = tafel_ui_choice_model (tafel_geeltje_kinds);
  g_autoptr(GtkEntryCompletion) completion = gtk_entry_completion_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sessie_ref = tafel_ref_dropdown_new (self->sessie_dropdown, TAFEL_TYPE_SESSIE);
  tafel_ref_dropdown_add_fixed (self->sessie_ref, 0, _("No session"));
  g_signal_connect (self->sessie_ref, "changed", G_CALLBACK (on_sessie_changed_cb), self);

  self->deelproduct_ref = tafel_ref_dropdown_new (self->deelproduct_dropdown, TAFEL_TYPE_DEELPRODUCT);
  tafel_ref_dropdown_add_fixed (self->deelproduct_ref, 0, _("No deelproduct"));

  self->vraagblok_ref = tafel_ref_dropdown_new (self->vraagblok_dropdown, TAFEL_TYPE_VRAAGBLOK);
  tafel_ref_dropdown_add_fixed (self->vraagblok_ref, 0, _("No question block"));

  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  g_signal_connect (self->sessie_dropdown, "mnemonic-activate", G_CALLBACK (tafel_ui_dropdown_mnemonic_cb), NULL);
  g_signal_connect (self->deelproduct_dropdown, "mnemonic-activate", G_CALLBACK (tafel_ui_dropdown_mnemonic_cb), NULL);
  g_signal_connect (self->vraagblok_dropdown, "mnemonic-activate", G_CALLBACK (tafel_ui_dropdown_mnemonic_cb), NULL);
  g_signal_connect (self->kind_dropdown, "mnemonic-activate", G_CALLBACK (tafel_ui_dropdown_mnemonic_cb), NULL);

  self->organisation_names = gtk_list_store_new (1, G_TYPE_STRING);
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->organisation_names));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_match_func (completion, tafel_ui_match_name, NULL, NULL);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_completion_set_popup_single_match (completion, TRUE);
  gtk_entry_set_completion (self->organisation_entry, completion);

  update_counter (self);
}

GtkWidget *
tafel_geeltje_capture_new (void)
{
  return g_object_new (TAFEL_TYPE_GEELTJE_CAPTURE, NULL);
}

TafelTrajectModel *
tafel_geeltje_capture_get_model (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);
  return self->model;
}

/* Another traject starts with empty choices, but for the session held
 * today or last (tafel_ui_last_held_sessie()). */
void
tafel_geeltje_capture_set_model (TafelGeeltjeCapture *self,
                                 TafelTrajectModel   *model)
{
  g_return_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  g_set_object (&self->model, model);

  if (self->sessie_ref != NULL)
    {
      tafel_ref_dropdown_set_model (self->sessie_ref, model);
      tafel_ref_dropdown_set_model (self->deelproduct_ref, model);
      tafel_ref_dropdown_set_model (self->vraagblok_ref, model);
      tafel_ref_dropdown_set_id (self->sessie_ref, 0);
      tafel_ref_dropdown_set_id (self->deelproduct_ref, 0);
      tafel_ref_dropdown_set_id (self->vraagblok_ref, 0);
    }

  if (model != NULL)
    {
      g_signal_connect (model, "changed::organisatie", G_CALLBACK (on_organisations_changed_cb), self);
      tafel_ref_dropdown_set_id (self->sessie_ref, tafel_ui_last_held_sessie (model));
    }

  if (self->organisation_names != NULL)
    {
      fill_organisation_names (self);
      gtk_editable_set_text (GTK_EDITABLE (self->organisation_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->text_entry), "");
      show_message (self, NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
tafel_geeltje_capture_focus_text (TafelGeeltjeCapture *self)
{
  g_return_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

TafelGeeltje *
tafel_geeltje_capture_store (TafelGeeltjeCapture *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) geeltje = NULL;
  g_autoptr(TafelOrganisatie) org = NULL;
  g_autofree char *org_name = NULL;
  const char *text;
  gboolean created = FALSE;
  TafelStore *store;
  gint64 traject_id, id;

  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);

  if (self->model == NULL)
    return NULL;

  text = gtk_editable_get_text (GTK_EDITABLE (self->text_entry));
  if (is_blank (text))
    {
      show_message (self, _("Type the text of the sticky note first: an empty sticky note is not stored."));
      tafel_geeltje_capture_focus_text (self);
      return NULL;
    }

  store = tafel_traject_model_get_store (self->model);
  traject_id = tafel_traject_model_get_traject_id (self->model);
  org_name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->organisation_entry))));

  geeltje = tafel_geeltje_new (traject_id);
  g_object_set (geeltje,
                "text", text,
                "kind", get_kind_id (self),
                "sessie-id", tafel_ref_dropdown_get_id (self->sessie_ref),
                "deelproduct-id", tafel_ref_dropdown_get_id (self->deelproduct_ref),
                "vraagblok-id", tafel_ref_dropdown_get_id (self->vraagblok_ref),
                NULL);

  /* A new organisation and the note are stored together, or neither. */
  if (!tafel_store_begin_batch (store, &error))
    goto fail;

  if (*org_name != '\0')
    {
      org = tafel_traject_ensure_organisatie (store, traject_id, org_name, &created, &error);
      if (org == NULL)
        {
          tafel_store_rollback_batch (store);
          goto fail;
        }
      g_object_set (geeltje, "organisatie-id", tafel_entity_get_id (TAFEL_ENTITY (org)), NULL);
    }

  if (!tafel_store_insert (store, geeltje, &error))
    {
      tafel_store_rollback_batch (store);
      goto fail;
    }

  if (!tafel_store_commit_batch (store, &error))
    goto fail;

  id = tafel_entity_get_id (TAFEL_ENTITY (geeltje));
  gtk_editable_set_text (GTK_EDITABLE (self->text_entry), "");
  show_message (self, NULL);

  if (org != NULL)
    {
      const char *name = tafel_organisatie_get_name (org);

      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->organisation_entry)), name) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->organisation_entry), name);

      if (created)
        {
          g_autofree char *message = g_strdup_printf (_("New organisation “%s” added"), name);
          tafel_ui_toast (GTK_WIDGET (self), message);
        }
    }

  tafel_geeltje_capture_focus_text (self);

  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_GEELTJE, id);

fail:
  /* The typed text stays, so that nothing is lost. */
  show_message (self, error->message);
  tafel_geeltje_capture_focus_text (self);
  return NULL;
}

gint64
tafel_geeltje_capture_get_sessie_id (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), 0);
  return tafel_ref_dropdown_get_id (self->sessie_ref);
}

gint64
tafel_geeltje_capture_get_deelproduct_id (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), 0);
  return tafel_ref_dropdown_get_id (self->deelproduct_ref);
}

gint64
tafel_geeltje_capture_get_vraagblok_id (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), 0);
  return tafel_ref_dropdown_get_id (self->vraagblok_ref);
}

const char *
tafel_geeltje_capture_get_kind (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);
  return get_kind_id (self);
}

GtkEditable *
tafel_geeltje_capture_get_text_entry (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);
  return GTK_EDITABLE (self->text_entry);
}

GtkEditable *
tafel_geeltje_capture_get_organisation_entry (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);
  return GTK_EDITABLE (self->organisation_entry);
}

GtkDropDown *
tafel_geeltje_capture_get_sessie_dropdown (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);
  return self->sessie_dropdown;
}

GtkDropDown *
tafel_geeltje_capture_get_deelproduct_dropdown (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);
  return self->deelproduct_dropdown;
}

GtkDropDown *
tafel_geeltje_capture_get_vraagblok_dropdown (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);
  return self->vraagblok_dropdown;
}

GtkDropDown *
tafel_geeltje_capture_get_kind_dropdown (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);
  return self->kind_dropdown;
}

GtkLabel *
tafel_geeltje_capture_get_message_label (TafelGeeltjeCapture *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_CAPTURE (self), NULL);
  return self->message_label;
}
