/* tafel-start-page.c: the list of trajecten, and what a new user sees first */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-start-page.h"

struct _TafelStartPage
{
  AdwBin      parent_instance;

  TafelStore *store;
};

G_DEFINE_FINAL_TYPE (TafelStartPage, tafel_start_page, ADW_TYPE_BIN)

static void
tafel_start_page_dispose (GObject *object)
{
  TafelStartPage *self = TAFEL_START_PAGE (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_START_PAGE);

  G_OBJECT_CLASS (tafel_start_page_parent_class)->dispose (object);
}

static void
tafel_start_page_class_init (TafelStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_start_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-start-page.ui");
}

static void
tafel_start_page_init (TafelStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
tafel_start_page_set_store (TafelStartPage *self,
                            TafelStore     *store)
{
  g_return_if_fail (TAFEL_IS_START_PAGE (self));

  g_set_object (&self->store, store);
}

void
tafel_start_page_new_traject (TafelStartPage *self)
{
  g_return_if_fail (TAFEL_IS_START_PAGE (self));
}
