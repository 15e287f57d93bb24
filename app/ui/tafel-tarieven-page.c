/* tafel-tarieven-page.c: the Rates page of a traject */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-tarieven-page.h"
#include "tafel-ui-util.h"

struct _TafelTarievenPage
{
  AdwBin                       parent_instance;

  GtkWidget                   *banner;
  TafelTariefPrijzen          *prijzen;
  TafelTariefOpbouw           *opbouw;
  TafelTariefParametersEditor *parameters;
  TafelTariefProfielen        *profielen;

  TafelTrajectModel           *model;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelTarievenPage, tafel_tarieven_page, ADW_TYPE_BIN)

static void
show_opbouw (TafelTarievenPage *self)
{
  TafelDeelproduct *dp = tafel_tarief_prijzen_get_selected (self->prijzen);
  const TafelKostprijs *k = dp ? tafel_tarief_prijzen_get_kostprijs (self->prijzen,
                                                                     tafel_entity_get_id (TAFEL_ENTITY (dp)))
                               : NULL;

  tafel_tarief_opbouw_show (self->opbouw, dp, tafel_tarief_prijzen_get_invoer (self->prijzen), k);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tarieven.copy-opbouw",
                                 tafel_tarief_opbouw_has_content (self->opbouw));
}

static void
on_prijzen_updated_cb (TafelTariefPrijzen *prijzen,
                       TafelTarievenPage  *self)
{
  const TafelKostprijsInvoer *invoer = tafel_tarief_prijzen_get_invoer (prijzen);

  gtk_widget_set_visible (self->banner, invoer != NULL && invoer->voorbeeld);
  show_opbouw (self);
}

static void
on_prijzen_selected_cb (TafelTariefPrijzen *prijzen,
                        GParamSpec         *pspec,
                        TafelTarievenPage  *self)
{
  show_opbouw (self);
}

static void
copy_opbouw_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TafelTarievenPage *self = TAFEL_TARIEVEN_PAGE (widget);

  if (tafel_tarief_opbouw_copy (self->opbouw))
    tafel_ui_toast (widget, _("Build-up copied."));
}

static void
new_profiel_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TafelTarievenPage *self = TAFEL_TARIEVEN_PAGE (widget);

  gtk_widget_grab_focus (tafel_tarief_profielen_get_add_row (self->profielen));
}

static void
tafel_tarieven_page_dispose (GObject *object)
{
  TafelTarievenPage *self = TAFEL_TARIEVEN_PAGE (object);

  if (self->prijzen != NULL)
    tafel_tarieven_page_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_TARIEVEN_PAGE);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (tafel_tarieven_page_parent_class)->dispose (object);
}

static void
tafel_tarieven_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TafelTarievenPage *self = TAFEL_TARIEVEN_PAGE (object);

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
tafel_tarieven_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TafelTarievenPage *self = TAFEL_TARIEVEN_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_tarieven_page_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_tarieven_page_class_init (TafelTarievenPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_tarieven_page_dispose;
  object_class->get_property = tafel_tarieven_page_get_property;
  object_class->set_property = tafel_tarieven_page_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_TARIEF_PRIJZEN);
  g_type_ensure (TAFEL_TYPE_TARIEF_OPBOUW);
  g_type_ensure (TAFEL_TYPE_TARIEF_PARAMETERS_EDITOR);
  g_type_ensure (TAFEL_TYPE_TARIEF_PROFIELEN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-tarieven-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelTarievenPage, banner);
  gtk_widget_class_bind_template_child (widget_class, TafelTarievenPage, prijzen);
  gtk_widget_class_bind_template_child (widget_class, TafelTarievenPage, opbouw);
  gtk_widget_class_bind_template_child (widget_class, TafelTarievenPage, parameters);
  gtk_widget_class_bind_template_child (widget_class, TafelTarievenPage, profielen);
  gtk_widget_class_bind_template_callback (widget_class, on_prijzen_updated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_prijzen_selected_cb);

  gtk_widget_class_install_action (widget_class, "tarieven.copy-opbouw", NULL, copy_opbouw_action);
  gtk_widget_class_install_action (widget_class, "tarieven.new-profiel", NULL, new_profiel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "tarieven.copy-opbouw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "tarieven.new-profiel", NULL);
}

static void
tafel_tarieven_page_init (TafelTarievenPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_opbouw (self);
}

GtkWidget *
tafel_tarieven_page_new (void)
{
  return g_object_new (TAFEL_TYPE_TARIEVEN_PAGE, NULL);
}

TafelTrajectModel *
tafel_tarieven_page_get_model (TafelTarievenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEVEN_PAGE (self), NULL);
  return self->model;
}

void
tafel_tarieven_page_set_model (TafelTarievenPage *self,
                               TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_TARIEVEN_PAGE (self));
  g_return_if_fail (model == NULL || TAFEL_IS_TRAJECT_MODEL (model));

  if (self->model == model)
    return;

  g_set_object (&self->model, model);
  tafel_tarief_parameters_editor_set_model (self->parameters, model);
  tafel_tarief_profielen_set_model (self->profielen, model);
  tafel_tarief_prijzen_set_model (self->prijzen, model);
  if (model == NULL)
    gtk_widget_set_visible (self->banner, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

TafelTariefPrijzen *
tafel_tarieven_page_get_prijzen (TafelTarievenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEVEN_PAGE (self), NULL);
  return self->prijzen;
}

TafelTariefOpbouw *
tafel_tarieven_page_get_opbouw (TafelTarievenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEVEN_PAGE (self), NULL);
  return self->opbouw;
}

TafelTariefParametersEditor *
tafel_tarieven_page_get_parameters (TafelTarievenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEVEN_PAGE (self), NULL);
  return self->parameters;
}

TafelTariefProfielen *
tafel_tarieven_page_get_profielen (TafelTarievenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEVEN_PAGE (self), NULL);
  return self->profielen;
}

/* The warning shown while a salary cost is still an example value. */
GtkWidget *
tafel_tarieven_page_get_banner (TafelTarievenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEVEN_PAGE (self), NULL);
  return self->banner;
}
