/* tafel-voorstellen-page.c: the Proposals page: question blocks 5 and 6 */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-field-binding.h"
#include "tafel-ref-dropdown.h"
#include "tafel-ui-util.h"
#include "tafel-voorstel-util.h"
#include "tafel-voorstellen-page.h"

struct _TafelVoorstellenPage
{
  AdwBin                     parent_instance;

  TafelVoorstelKeuze        *keuze;
  AdwLeaflet                *leaflet;
  TafelVoorstelLijst        *lijst;
  GtkStack                  *content_stack;
  AdwViewStack              *view_stack;
  GtkLabel                  *invoer_title;
  GtkLabel                  *invoer_subtitle;
  TafelVoorstelInstellingen *instellingen;
  GtkStack                  *invoer_stack;
  TafelVoorstelGrid         *grid;
  TafelVoorstelGroep        *groep;
  TafelVoorstelMix          *mix;
  TafelVoorstelVergelijk    *vergelijk;
  TafelVoorstelBesluit      *besluit;

  TafelTrajectModel         *model;
  gint64                     organisatie_id;
  TafelDeelproductStats     *stats;
  gboolean                   stats_dirty;
  guint                      stats_idle;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelVoorstellenPage, tafel_voorstellen_page, ADW_TYPE_BIN)

static TafelDeelproduct *
get_deelproduct (TafelVoorstellenPage *self)
{
  gint64 id = self->lijst ? tafel_voorstel_lijst_get_selected_id (self->lijst) : 0;

  return self->model && id != 0 ? tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT, id) : NULL;
}

static gint64
get_sessie_id (TafelVoorstellenPage *self)
{
  return self->keuze ? tafel_voorstel_keuze_get_sessie_id (self->keuze) : 0;
}

static gboolean
shows_stats (TafelVoorstellenPage *self)
{
  const char *name = self->view_stack ? adw_view_stack_get_visible_child_name (self->view_stack) : NULL;

  return g_strcmp0 (name, "vergelijken") == 0 || g_strcmp0 (name, "besluit") == 0;
}

/* ---- the spread and the medians ---------------------------------------------- */

static void
refresh_stats (TafelVoorstellenPage *self)
{
  TafelDeelproduct *deelproduct = get_deelproduct (self);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->stats_idle, g_source_remove);
  g_clear_pointer (&self->stats, tafel_deelproduct_stats_free);
  self->stats_dirty = FALSE;

  if (deelproduct != NULL)
    {
      self->stats = tafel_deelproduct_stats_compute (tafel_traject_model_get_store (self->model), deelproduct,
                                                     get_sessie_id (self), &error);
      if (self->stats == NULL)
        tafel_ui_toast_error (GTK_WIDGET (self), error);
    }

  tafel_voorstel_vergelijk_show (self->vergelijk, self->model, self->stats, get_sessie_id (self));
  tafel_voorstel_besluit_set_stats (self->besluit, self->stats, get_sessie_id (self));
}

static gboolean
on_stats_idle_cb (gpointer user_data)
{
  TafelVoorstellenPage *self = user_data;

  self->stats_idle = 0;
  refresh_stats (self);
  return G_SOURCE_REMOVE;
}

/* The statistics are read from the database: once after many changes,
 * and only while they are shown. */
static void
queue_stats (TafelVoorstellenPage *self)
{
  self->stats_dirty = TRUE;
  if (shows_stats (self) && self->stats_idle == 0)
    self->stats_idle = g_idle_add (on_stats_idle_cb, self);
}

/* ---- what is shown ----------------------------------------------------------- */

static void
update_titles (TafelVoorstellenPage *self)
{
  TafelDeelproduct *deelproduct = get_deelproduct (self);
  const char *org = self->organisatie_id != 0
                      ? tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE, self->organisatie_id)
                      : NULL;
  g_autofree char *subtitle = NULL;

  gtk_label_set_text (self->invoer_title, deelproduct ? tafel_deelproduct_get_name (deelproduct) : "");
  if (org == NULL)
    subtitle = g_strdup (_("No organisation chosen"));
  else if (get_sessie_id (self) == 0)
    subtitle = g_strdup_printf (_("Proposal of “%s”, without a session"), org);
  else
    {
      g_autofree char *sessie = tafel_ref_dup_label_for_id (self->model, TAFEL_TYPE_SESSIE, get_sessie_id (self));

      /* Translators: “organisation” in "Sessie 2 (28-10-2026)" */
      subtitle = g_strdup_printf (_("Proposal of “%s” in %s"), org, sessie);
    }
  gtk_label_set_text (self->invoer_subtitle, subtitle);
}

static void
update_groep_visible (TafelVoorstellenPage *self)
{
  TafelDeelproduct *deelproduct = get_deelproduct (self);
  gboolean visible = deelproduct != NULL && tafel_deelproduct_is_groepsproduct (deelproduct);

  /* What was typed there is stored before the fields go. */
  if (!visible)
    tafel_field_binding_release_focus (GTK_WIDGET (self->groep));
  gtk_widget_set_visible (GTK_WIDGET (self->groep), visible);
}

/* Hands the key (deelproduct, organisation, session) to every part; what
 * was typed for the previous key is stored first. */
static void
update_key (TafelVoorstellenPage *self)
{
  TafelDeelproduct *deelproduct = get_deelproduct (self);
  gint64 deelproduct_id = deelproduct ? tafel_entity_get_id (TAFEL_ENTITY (deelproduct)) : 0;
  gint64 sessie_id = get_sessie_id (self);
  gboolean any = self->lijst != NULL && tafel_voorstel_lijst_get_n_rows (self->lijst) > 0;

  if (self->lijst == NULL)
    return;

  tafel_voorstel_instellingen_set_deelproduct (self->instellingen, deelproduct_id);
  tafel_voorstel_grid_set_key (self->grid, deelproduct_id, self->organisatie_id, sessie_id);
  tafel_voorstel_groep_set_key (self->groep, deelproduct_id, self->organisatie_id, sessie_id);
  tafel_voorstel_mix_set_key (self->mix, deelproduct_id, self->organisatie_id, sessie_id);
  tafel_voorstel_besluit_set_deelproduct (self->besluit, deelproduct_id);

  if (self->organisatie_id == 0)
    tafel_field_binding_show_child (self->invoer_stack, "no-org");
  else
    gtk_stack_set_visible_child_name (self->invoer_stack, "form");
  gtk_stack_set_visible_child_name (self->content_stack, any ? "views" : "empty");
  update_groep_visible (self);
  update_titles (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "voorstellen.take-median", deelproduct != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "voorstellen.next", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "voorstellen.previous", any);

  self->stats_dirty = TRUE;
  if (shows_stats (self))
    refresh_stats (self);
}

/* ---- callbacks ------------------------------------------------------------------ */

static void
on_selected_changed_cb (TafelVoorstelLijst   *lijst,
                        TafelVoorstellenPage *self)
{
  update_key (self);
}

static void
on_row_activated_cb (GtkListBox           *list_box,
                     GtkListBoxRow        *row,
                     TafelVoorstellenPage *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "invoer") == 0)
    {
      if (self->organisatie_id == 0 || !tafel_voorstel_grid_focus_first (self->grid))
        gtk_widget_grab_focus (GTK_WIDGET (tafel_voorstel_keuze_get_organisation_entry (self->keuze)));
    }
}

static void
on_keuze_changed_cb (TafelVoorstelKeuze   *keuze,
                     TafelVoorstellenPage *self)
{
  self->organisatie_id = tafel_voorstel_keuze_get_organisatie_id (keuze);
  tafel_voorstel_lijst_set_sessie (self->lijst, get_sessie_id (self));
  update_key (self);
}

/* Enter in the organisation field: typing starts in the grid. */
static void
on_keuze_activated_cb (TafelVoorstelKeuze   *keuze,
                       TafelVoorstellenPage *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "invoer");
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  tafel_voorstel_grid_focus_first (self->grid);
}

static void
on_visible_view_cb (AdwViewStack         *stack,
                    GParamSpec           *pspec,
                    TafelVoorstellenPage *self)
{
  if (self->stats_dirty && shows_stats (self))
    refresh_stats (self);
}

/* Organisations and sessions renamed elsewhere: the titles and the chart
 * labels follow. */
static void
on_names_changed_cb (TafelTrajectModel    *model,
                     TafelVoorstellenPage *self)
{
  update_titles (self);
  queue_stats (self);
}

static void
on_deelproduct_changed_cb (TafelTrajectModel    *model,
                           TafelVoorstellenPage *self)
{
  update_groep_visible (self);
  update_titles (self);
  queue_stats (self);
}

static void
on_proposals_changed_cb (TafelTrajectModel    *model,
                         TafelVoorstellenPage *self)
{
  queue_stats (self);
}

/* ---- actions -------------------------------------------------------------------- */

static void
on_show_view_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TafelVoorstellenPage *self = TAFEL_VOORSTELLEN_PAGE (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  if (g_str_equal (name, "invoer") && (self->organisatie_id == 0 || !tafel_voorstel_grid_focus_first (self->grid)))
    gtk_widget_grab_focus (GTK_WIDGET (tafel_voorstel_keuze_get_organisation_entry (self->keuze)));
  else if (g_str_equal (name, "besluit"))
    tafel_voorstel_grid_focus_first (tafel_voorstel_besluit_get_grid (self->besluit));
}

static void
on_move_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TafelVoorstellenPage *self = TAFEL_VOORSTELLEN_PAGE (widget);

  if (!tafel_voorstel_lijst_select_relative (self->lijst, g_str_equal (action_name, "voorstellen.next") ? 1 : -1))
    gtk_widget_error_bell (widget);
}

static void
on_take_median_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TafelVoorstellenPage *self = TAFEL_VOORSTELLEN_PAGE (widget);

  if (tafel_voorstel_besluit_take_median (self->besluit, get_sessie_id (self)))
    refresh_stats (self);
}

/* The function mix of the view shown: the proposal's or the decision's. */
static TafelVoorstelMix *
get_visible_mix (TafelVoorstellenPage *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (name, "besluit") == 0)
    return tafel_voorstel_besluit_get_mix (self->besluit);
  if (g_strcmp0 (name, "invoer") == 0 && self->organisatie_id != 0)
    return self->mix;
  return NULL;
}

static void
on_mix_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TafelVoorstellenPage *self = TAFEL_VOORSTELLEN_PAGE (widget);
  TafelVoorstelMix *mix = get_visible_mix (self);
  const char *name = g_str_equal (action_name, "voorstellen.add-function") ? "mix.add-line" : "mix.save";

  if (mix == NULL || !gtk_widget_activate_action (GTK_WIDGET (mix), name, NULL))
    gtk_widget_error_bell (widget);
}

static void
on_show_list_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TafelVoorstellenPage *self = TAFEL_VOORSTELLEN_PAGE (widget);
  GtkListBox *list_box = tafel_voorstel_lijst_get_list_box (self->lijst);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list_box);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (row ? GTK_WIDGET (row) : GTK_WIDGET (list_box));
}

/* ---- GObject -------------------------------------------------------------------- */

static void
tafel_voorstellen_page_dispose (GObject *object)
{
  TafelVoorstellenPage *self = TAFEL_VOORSTELLEN_PAGE (object);

  tafel_voorstellen_page_set_model (self, NULL);
  g_clear_handle_id (&self->stats_idle, g_source_remove);
  g_clear_pointer (&self->stats, tafel_deelproduct_stats_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_VOORSTELLEN_PAGE);
  self->lijst = NULL;
  self->view_stack = NULL;

  G_OBJECT_CLASS (tafel_voorstellen_page_parent_class)->dispose (object);
}

static void
tafel_voorstellen_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TafelVoorstellenPage *self = TAFEL_VOORSTELLEN_PAGE (object);

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
tafel_voorstellen_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TafelVoorstellenPage *self = TAFEL_VOORSTELLEN_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_voorstellen_page_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_voorstellen_page_class_init (TafelVoorstellenPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *const views[] = { "invoer", "vergelijken", "besluit" };

  object_class->dispose = tafel_voorstellen_page_dispose;
  object_class->get_property = tafel_voorstellen_page_get_property;
  object_class->set_property = tafel_voorstellen_page_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_VOORSTEL_KEUZE);
  g_type_ensure (TAFEL_TYPE_VOORSTEL_LIJST);
  g_type_ensure (TAFEL_TYPE_VOORSTEL_INSTELLINGEN);
  g_type_ensure (TAFEL_TYPE_VOORSTEL_GRID);
  g_type_ensure (TAFEL_TYPE_VOORSTEL_GROEP);
  g_type_ensure (TAFEL_TYPE_VOORSTEL_MIX);
  g_type_ensure (TAFEL_TYPE_VOORSTEL_VERGELIJK);
  g_type_ensure (TAFEL_TYPE_VOORSTEL_BESLUIT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-voorstellen-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, keuze);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, lijst);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, invoer_title);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, invoer_subtitle);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, instellingen);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, invoer_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, grid);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, groep);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, mix);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, vergelijk);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstellenPage, besluit);

  gtk_widget_class_install_action (widget_class, "voorstellen.show-view", "s", on_show_view_action_cb);
  gtk_widget_class_install_action (widget_class, "voorstellen.next", NULL, on_move_action_cb);
  gtk_widget_class_install_action (widget_class, "voorstellen.previous", NULL, on_move_action_cb);
  gtk_widget_class_install_action (widget_class, "voorstellen.take-median", NULL, on_take_median_action_cb);
  gtk_widget_class_install_action (widget_class, "voorstellen.show-list", NULL, on_show_list_action_cb);
  gtk_widget_class_install_action (widget_class, "voorstellen.add-function", NULL, on_mix_action_cb);
  gtk_widget_class_install_action (widget_class, "voorstellen.save-mix", NULL, on_mix_action_cb);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "voorstellen.show-view", "s", views[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "voorstellen.take-median", NULL);
  /* The mix of the view shown, also from the grid above it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "voorstellen.add-function", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "voorstellen.save-mix", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "voorstellen.save-mix", NULL);
}

static void
tafel_voorstellen_page_init (TafelVoorstellenPage *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the scrolled windows, which take Ctrl+Page Up/Down themselves. */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Page_Down"),
                                                          gtk_named_action_new ("voorstellen.next")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Page_Up"),
                                                          gtk_named_action_new ("voorstellen.previous")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect (self->keuze, "changed", G_CALLBACK (on_keuze_changed_cb), self);
  g_signal_connect (self->keuze, "activated", G_CALLBACK (on_keuze_activated_cb), self);
  g_signal_connect (self->lijst, "selected-changed", G_CALLBACK (on_selected_changed_cb), self);
  g_signal_connect (tafel_voorstel_lijst_get_list_box (self->lijst), "row-activated",
                    G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (self->view_stack, "notify::visible-child", G_CALLBACK (on_visible_view_cb), self);

  update_key (self);
}

/* ---- public --------------------------------------------------------------------- */

GtkWidget *
tafel_voorstellen_page_new (void)
{
  return g_object_new (TAFEL_TYPE_VOORSTELLEN_PAGE, NULL);
}

TafelTrajectModel *
tafel_voorstellen_page_get_model (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->model;
}

/* Another traject starts with no organisation and the session held
 * last (as in the capture bar of the Geeltjes page). */
void
tafel_voorstellen_page_set_model (TafelVoorstellenPage *self,
                                  TafelTrajectModel    *model)
{
  static const char *const proposals[] = {
    "changed::intensiteit", "changed::mixregel", "changed::groepsparameters", "changed::functieprofiel",
  };

  g_return_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  /* The parts store what was typed before the old traject goes. */
  if (self->lijst != NULL)
    {
      tafel_voorstel_instellingen_set_model (self->instellingen, model);
      tafel_voorstel_grid_set_model (self->grid, model);
      tafel_voorstel_groep_set_model (self->groep, model);
      tafel_voorstel_mix_set_model (self->mix, model);
      tafel_voorstel_besluit_set_model (self->besluit, model);
    }

  g_set_object (&self->model, model);
  g_clear_pointer (&self->stats, tafel_deelproduct_stats_free);
  self->organisatie_id = 0;

  if (model != NULL)
    {
      g_signal_connect (model, "changed::organisatie", G_CALLBACK (on_names_changed_cb), self);
      g_signal_connect (model, "changed::sessie", G_CALLBACK (on_names_changed_cb), self);
      g_signal_connect (model, "changed::deelproduct", G_CALLBACK (on_deelproduct_changed_cb), self);
      for (guint i = 0; i < G_N_ELEMENTS (proposals); i++)
        g_signal_connect (model, proposals[i], G_CALLBACK (on_proposals_changed_cb), self);
    }

  if (self->lijst != NULL)
    {
      tafel_voorstel_lijst_set_model (self->lijst, model);
      tafel_voorstel_keuze_set_model (self->keuze, model);
      on_keuze_changed_cb (self->keuze, self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

gint64
tafel_voorstellen_page_get_organisatie_id (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), 0);
  return self->organisatie_id;
}

gint64
tafel_voorstellen_page_get_sessie_id (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), 0);
  return get_sessie_id (self);
}

TafelVoorstelKeuze *
tafel_voorstellen_page_get_keuze (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->keuze;
}

TafelVoorstelLijst *
tafel_voorstellen_page_get_lijst (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->lijst;
}

AdwViewStack *
tafel_voorstellen_page_get_view_stack (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->view_stack;
}

GtkStack *
tafel_voorstellen_page_get_invoer_stack (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->invoer_stack;
}

TafelVoorstelInstellingen *
tafel_voorstellen_page_get_instellingen (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->instellingen;
}

TafelVoorstelGrid *
tafel_voorstellen_page_get_grid (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->grid;
}

TafelVoorstelGroep *
tafel_voorstellen_page_get_groep (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->groep;
}

TafelVoorstelMix *
tafel_voorstellen_page_get_mix (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->mix;
}

TafelVoorstelVergelijk *
tafel_voorstellen_page_get_vergelijk (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->vergelijk;
}

TafelVoorstelBesluit *
tafel_voorstellen_page_get_besluit (TafelVoorstellenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTELLEN_PAGE (self), NULL);
  return self->besluit;
}
