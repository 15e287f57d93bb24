/* tafel-geeltjes-page.c: the Geeltjes page: keyboard-first capture and the list of sticky notes */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-geeltjes-page.h"

struct _TafelGeeltjesPage
{
  AdwBin             parent_instance;

  TafelTrajectModel *model;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelGeeltjesPage, tafel_geeltjes_page, ADW_TYPE_BIN)

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

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-geeltjes-page.ui");
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

void
tafel_geeltjes_page_set_model (TafelGeeltjesPage      *self,
                         TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_GEELTJES_PAGE (self));

  if (!g_set_object (&self->model, model))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
tafel_geeltjes_page_set_search_text (TafelGeeltjesPage *self,
                                     const char        *text)
{
  g_return_if_fail (TAFEL_IS_GEELTJES_PAGE (self));
}

guint
tafel_geeltjes_page_get_n_visible (TafelGeeltjesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_PAGE (self), 0);
  return 0;
}
