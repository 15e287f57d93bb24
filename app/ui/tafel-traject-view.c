/* tafel-traject-view.c: one open traject, its pages in a view switcher */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-deelnemers-page.h"
#include "tafel-deelproducten-page.h"
#include "tafel-eisen-page.h"
#include "tafel-export-page.h"
#include "tafel-geeltjes-page.h"
#include "tafel-sessies-page.h"
#include "tafel-tarieven-page.h"
#include "tafel-traject-dialog.h"
#include "tafel-traject-view.h"
#include "tafel-uitvraag-page.h"
#include "tafel-voorstellen-page.h"

struct _TafelTrajectView
{
  AdwBin                 parent_instance;

  AdwViewSwitcherTitle  *switcher_title;
  AdwViewStack          *view_stack;
  TafelSessiesPage      *sessies_page;
  TafelDeelproductenPage *deelproducten_page;
  TafelDeelnemersPage   *deelnemers_page;
  TafelGeeltjesPage     *geeltjes_page;
  TafelVoorstellenPage  *voorstellen_page;
  TafelTarievenPage     *tarieven_page;
  TafelEisenPage        *eisen_page;
  TafelExportPage       *export_page;
  TafelUitvraagPage     *uitvraag_page;

  TafelTrajectModel     *model;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the view switcher; Alt+1 … Alt+9 select them. */
static const char *const page_names[] = {
  "sessies", "deelproducten", "deelnemers", "geeltjes", "voorstellen", "tarieven", "eisen", "export",
  "uitvraag", NULL
};

G_DEFINE_FINAL_TYPE (TafelTrajectView, tafel_traject_view, ADW_TYPE_BIN)

static void
update_title (TafelTrajectView *self)
{
  TafelTraject *traject = self->model ? tafel_traject_model_get_traject (self->model) : NULL;

  adw_view_switcher_title_set_title (self->switcher_title,
                                     traject ? tafel_traject_get_name (traject) : "");
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        traject ? tafel_traject_get_region (traject) : "");
}

/* Hands the view's model to @page unless it has it already. */
static void
sync_page_model (TafelTrajectView *self,
                 GtkWidget        *page)
{
  if (page == GTK_WIDGET (self->sessies_page))
    tafel_sessies_page_set_model (self->sessies_page, self->model);
  else if (page == GTK_WIDGET (self->deelproducten_page))
    tafel_deelproducten_page_set_model (self->deelproducten_page, self->model);
  else if (page == GTK_WIDGET (self->deelnemers_page))
    tafel_deelnemers_page_set_model (self->deelnemers_page, self->model);
  else if (page == GTK_WIDGET (self->geeltjes_page))
    tafel_geeltjes_page_set_model (self->geeltjes_page, self->model);
  else if (page == GTK_WIDGET (self->voorstellen_page))
    tafel_voorstellen_page_set_model (self->voorstellen_page, self->model);
  else if (page == GTK_WIDGET (self->tarieven_page))
    tafel_tarieven_page_set_model (self->tarieven_page, self->model);
  else if (page == GTK_WIDGET (self->eisen_page))
    tafel_eisen_page_set_model (self->eisen_page, self->model);
  else if (page == GTK_WIDGET (self->export_page))
    tafel_export_page_set_model (self->export_page, self->model);
  else if (page == GTK_WIDGET (self->uitvraag_page))
    tafel_uitvraag_page_set_model (self->uitvraag_page, self->model);
}

static void
on_visible_child_changed_cb (AdwViewStack     *stack,
                             GParamSpec       *pspec,
                             TafelTrajectView *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (stack);

  if (page != NULL)
    sync_page_model (self, page);
}

static void
on_traject_changed_cb (TafelTrajectModel *model,
                       TafelTrajectView  *self)
{
  update_title (self);
}

static void
on_show_page_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  tafel_traject_view_show_page (TAFEL_TRAJECT_VIEW (widget), g_variant_get_string (parameter, NULL));
}

/* Name, region, perceel, uitvoeringsvariant and status, in a dialog that
 * stores every change at once. */
static void
on_details_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TafelTrajectView *self = TAFEL_TRAJECT_VIEW (widget);
  TafelTrajectDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->model == NULL)
    return;

  dialog = tafel_traject_dialog_new (tafel_traject_model_get_store (self->model),
                                     tafel_traject_model_get_traject (self->model));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tafel_traject_view_dispose (GObject *object)
{
  TafelTrajectView *self = TAFEL_TRAJECT_VIEW (object);

  tafel_traject_view_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_TRAJECT_VIEW);

  G_OBJECT_CLASS (tafel_traject_view_parent_class)->dispose (object);
}

static void
tafel_traject_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TafelTrajectView *self = TAFEL_TRAJECT_VIEW (object);

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
tafel_traject_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TafelTrajectView *self = TAFEL_TRAJECT_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_traject_view_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_traject_view_class_init (TafelTrajectViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_traject_view_dispose;
  object_class->get_property = tafel_traject_view_get_property;
  object_class->set_property = tafel_traject_view_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_SESSIES_PAGE);
  g_type_ensure (TAFEL_TYPE_DEELPRODUCTEN_PAGE);
  g_type_ensure (TAFEL_TYPE_DEELNEMERS_PAGE);
  g_type_ensure (TAFEL_TYPE_GEELTJES_PAGE);
  g_type_ensure (TAFEL_TYPE_VOORSTELLEN_PAGE);
  g_type_ensure (TAFEL_TYPE_TARIEVEN_PAGE);
  g_type_ensure (TAFEL_TYPE_EISEN_PAGE);
  g_type_ensure (TAFEL_TYPE_EXPORT_PAGE);
  g_type_ensure (TAFEL_TYPE_UITVRAAG_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-traject-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, sessies_page);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, deelproducten_page);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, deelnemers_page);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, geeltjes_page);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, voorstellen_page);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, tarieven_page);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, eisen_page);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, export_page);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectView, uitvraag_page);

  gtk_widget_class_install_action (widget_class, "traject.show-page", "s", on_show_page_action_cb);
  gtk_widget_class_install_action (widget_class, "traject.details", NULL, on_details_action_cb);

  for (guint i = 0; page_names[i] != NULL; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "traject.show-page", "s", page_names[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.show-start", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK, "traject.details", NULL);
}

static void
tafel_traject_view_init (TafelTrajectView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "traject.details", FALSE);

  g_signal_connect (self->view_stack, "notify::visible-child",
                    G_CALLBACK (on_visible_child_changed_cb), self);
}

TafelTrajectModel *
tafel_traject_view_get_model (TafelTrajectView *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT_VIEW (self), NULL);
  return self->model;
}

/* Opens @model; NULL empties every page. Opening a traject shows the
 * Geeltjes page, where the room's work happens. A page gets the model when
 * it is first shown (or asked for with tafel_traject_view_get_page()), so
 * that opening a large traject costs only the page that is on screen. */
void
tafel_traject_view_set_model (TafelTrajectView  *self,
                              TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_TRAJECT_VIEW (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_traject_changed_cb, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    g_signal_connect (model, "changed::traject", G_CALLBACK (on_traject_changed_cb), self);

  if (model == NULL)
    {
      for (guint i = 0; page_names[i] != NULL; i++)
        sync_page_model (self, adw_view_stack_get_child_by_name (self->view_stack, page_names[i]));
    }

  update_title (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "traject.details", model != NULL);
  if (model != NULL)
    tafel_traject_view_show_page (self, "geeltjes");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
tafel_traject_view_show_page (TafelTrajectView *self,
                              const char       *name)
{
  GtkWidget *page;

  g_return_if_fail (TAFEL_IS_TRAJECT_VIEW (self));

  page = adw_view_stack_get_child_by_name (self->view_stack, name);
  if (page == NULL)
    return;

  /* Before it shows: the page may already be the visible one. */
  sync_page_model (self, page);
  adw_view_stack_set_visible_child (self->view_stack, page);
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

GtkWidget *
tafel_traject_view_get_page (TafelTrajectView *self,
                             const char       *name)
{
  GtkWidget *page;

  g_return_val_if_fail (TAFEL_IS_TRAJECT_VIEW (self), NULL);

  page = adw_view_stack_get_child_by_name (self->view_stack, name);
  if (page != NULL)
    sync_page_model (self, page);
  return page;
}
