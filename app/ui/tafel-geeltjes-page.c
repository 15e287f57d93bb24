/* tafel-geeltjes-page.c: the Geeltjes page: keyboard-first capture and the list of sticky notes */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-geeltjes-page.h"

struct _TafelGeeltjesPage
{
  AdwBin               parent_instance;

  TafelGeeltjeCapture *capture;
  TafelGeeltjesList   *list;

  TafelTrajectModel   *model;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelGeeltjesPage, tafel_geeltjes_page, ADW_TYPE_BIN)

static void
on_search_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  tafel_geeltjes_list_focus_search (TAFEL_GEELTJES_PAGE (widget)->list);
}

static void
on_focus_text_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  tafel_geeltje_capture_focus_text (TAFEL_GEELTJES_PAGE (widget)->capture);
}

/* Coming to the page puts the cursor where typing starts: the text field. */
static gboolean
tafel_geeltjes_page_focus (GtkWidget        *widget,
                           GtkDirectionType  direction)
{
  TafelGeeltjesPage *self = TAFEL_GEELTJES_PAGE (widget);

  if (self->model != NULL && direction == GTK_DIR_TAB_FORWARD &&
      gtk_widget_get_focus_child (widget) == NULL)
    {
      tafel_geeltje_capture_focus_text (self->capture);
      return TRUE;
    }

  return GTK_WIDGET_CLASS (tafel_geeltjes_page_parent_class)->focus (widget, direction);
}

static gboolean
tafel_geeltjes_page_grab_focus (GtkWidget *widget)
{
  TafelGeeltjesPage *self = TAFEL_GEELTJES_PAGE (widget);

  if (self->model == NULL)
    return FALSE;

  tafel_geeltje_capture_focus_text (self->capture);
  return TRUE;
}

static void
tafel_geeltjes_page_map (GtkWidget *widget)
{
  TafelGeeltjesPage *self = TAFEL_GEELTJES_PAGE (widget);

  GTK_WIDGET_CLASS (tafel_geeltjes_page_parent_class)->map (widget);

  if (self->model != NULL)
    tafel_geeltje_capture_focus_text (self->capture);
}

static void
tafel_geeltjes_page_dispose (GObject *object)
{
  TafelGeeltjesPage *self = TAFEL_GEELTJES_PAGE (object);

  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_GEELTJES_PAGE);

  G_OBJECT_CLASS (tafel_geeltjes_page_parent_class)->dispose (object);
}

static void
tafel_geeltjes_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TafelGeeltjesPage *self = TAFEL_GEELTJES_PAGE (object);

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
tafel_geeltjes_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TafelGeeltjesPage *self = TAFEL_GEELTJES_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_geeltjes_page_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_geeltjes_page_class_init (TafelGeeltjesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_geeltjes_page_dispose;
  object_class->get_property = tafel_geeltjes_page_get_property;
  object_class->set_property = tafel_geeltjes_page_set_property;
  widget_class->focus = tafel_geeltjes_page_focus;
  widget_class->grab_focus = tafel_geeltjes_page_grab_focus;
  widget_class->map = tafel_geeltjes_page_map;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_GEELTJE_CAPTURE);
  g_type_ensure (TAFEL_TYPE_GEELTJES_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-geeltjes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesPage, capture);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesPage, list);

  gtk_widget_class_install_action (widget_class, "geeltjes.search", NULL, on_search_action_cb);
  gtk_widget_class_install_action (widget_class, "geeltjes.focus-text", NULL, on_focus_text_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "geeltjes.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "geeltjes.focus-text", NULL);
}

static void
tafel_geeltjes_page_init (TafelGeeltjesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tafel_geeltjes_page_new (void)
{
  return g_object_new (TAFEL_TYPE_GEELTJES_PAGE, NULL);
}

TafelTrajectModel *
tafel_geeltjes_page_get_model (TafelGeeltjesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_PAGE (self), NULL);
  return self->model;
}

/* NULL (no traject open) shows nothing. */
void
tafel_geeltjes_page_set_model (TafelGeeltjesPage *self,
                               TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_GEELTJES_PAGE (self));

  if (!g_set_object (&self->model, model))
    return;

  tafel_geeltje_capture_set_model (self->capture, model);
  tafel_geeltjes_list_set_model (self->list, model);
  gtk_widget_set_visible (GTK_WIDGET (self->capture), model != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->list), model != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
tafel_geeltjes_page_set_search_text (TafelGeeltjesPage *self,
                                     const char        *text)
{
  g_return_if_fail (TAFEL_IS_GEELTJES_PAGE (self));

  tafel_geeltjes_list_set_search_text (self->list, text);
}

guint
tafel_geeltjes_page_get_n_visible (TafelGeeltjesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_PAGE (self), 0);

  return tafel_geeltjes_list_get_n_visible (self->list);
}

TafelGeeltjeCapture *
tafel_geeltjes_page_get_capture (TafelGeeltjesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_PAGE (self), NULL);
  return self->capture;
}

TafelGeeltjesList *
tafel_geeltjes_page_get_list (TafelGeeltjesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_PAGE (self), NULL);
  return self->list;
}
