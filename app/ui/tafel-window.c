/* tafel-window.c: the main window: the traject list, or one open traject */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-start-page.h"
#include "tafel-traject-model.h"
#include "tafel-traject-view.h"
#include "tafel-ui-util.h"
#include "tafel-window.h"

struct _TafelWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  TafelStartPage       *start_page;
  TafelTrajectView     *traject_view;
  AdwStatusPage        *error_page;

  TafelTrajectModel    *model;
};

G_DEFINE_FINAL_TYPE (TafelWindow, tafel_window, ADW_TYPE_APPLICATION_WINDOW)

static GSettings *
get_settings (TafelWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return TAFEL_IS_APPLICATION (app) ? tafel_application_get_settings (TAFEL_APPLICATION (app)) : NULL;
}

static TafelStore *
get_store (TafelWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return TAFEL_IS_APPLICATION (app) ? tafel_application_get_store (TAFEL_APPLICATION (app)) : NULL;
}

static void
save_window_state (TafelWindow *self)
{
  GSettings *settings = get_settings (self);
  int width, height;

  if (settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    g_settings_set (settings, "window-size", "(ii)", width, height);
}

static void
restore_window_state (TafelWindow *self)
{
  GSettings *settings = get_settings (self);
  int width, height;

  if (settings == NULL)
    return;

  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
remember_traject (TafelWindow *self,
                  gint64       traject_id)
{
  GSettings *settings = get_settings (self);

  if (settings != NULL)
    g_settings_set_int64 (settings, "last-traject", traject_id);
}

static void
on_traject_removed_cb (TafelTrajectModel *model,
                       TafelWindow       *self)
{
  tafel_window_show_start (self);
}

static void
set_model (TafelWindow       *self,
           TafelTrajectModel *model)
{
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_traject_removed_cb, self);

  g_set_object (&self->model, model);
  tafel_traject_view_set_model (self->traject_view, model);

  if (model != NULL)
    g_signal_connect (model, "traject-removed", G_CALLBACK (on_traject_removed_cb), self);
}

/* Loads the traject and shows it; on failure the window stays as it was. */
gboolean
tafel_window_open_traject (TafelWindow *self,
                           gint64       traject_id,
                           GError     **error)
{
  g_autoptr(TafelTrajectModel) model = NULL;
  TafelStore *store = get_store (self);

  g_return_val_if_fail (TAFEL_IS_WINDOW (self), FALSE);

  if (store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open."));
      return FALSE;
    }

  model = tafel_traject_model_new (store, traject_id, error);
  if (model == NULL)
    return FALSE;

  set_model (self, model);
  gtk_stack_set_visible_child_name (self->stack, "traject");
  remember_traject (self, traject_id);

  return TRUE;
}

void
tafel_window_show_start (TafelWindow *self)
{
  g_return_if_fail (TAFEL_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->stack, "start");
  set_model (self, NULL);
  remember_traject (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->start_page));
}

gint64
tafel_window_get_traject_id (TafelWindow *self)
{
  g_return_val_if_fail (TAFEL_IS_WINDOW (self), 0);

  return self->model ? tafel_traject_model_get_traject_id (self->model) : 0;
}

static void
on_open_traject_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  TafelWindow *self = TAFEL_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!tafel_window_open_traject (self, g_variant_get_int64 (parameter), &error))
    tafel_ui_toast_error (widget, error);
}

static void
on_show_start_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  tafel_window_show_start (TAFEL_WINDOW (widget));
}

static void
on_new_traject_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TafelWindow *self = TAFEL_WINDOW (widget);

  if (get_store (self) != NULL)
    tafel_start_page_new_traject (self->start_page);
}

static gboolean
tafel_window_close_request (GtkWindow *window)
{
  save_window_state (TAFEL_WINDOW (window));

  return GTK_WINDOW_CLASS (tafel_window_parent_class)->close_request (window);
}

static void
tafel_window_dispose (GObject *object)
{
  TafelWindow *self = TAFEL_WINDOW (object);

  set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_WINDOW);

  G_OBJECT_CLASS (tafel_window_parent_class)->dispose (object);
}

static void
tafel_window_class_init (TafelWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tafel_window_dispose;
  window_class->close_request = tafel_window_close_request;

  g_type_ensure (TAFEL_TYPE_START_PAGE);
  g_type_ensure (TAFEL_TYPE_TRAJECT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TafelWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TafelWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, TafelWindow, traject_view);
  gtk_widget_class_bind_template_child (widget_class, TafelWindow, error_page);

  gtk_widget_class_install_action (widget_class, "win.open-traject", "x", on_open_traject_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-start", NULL, on_show_start_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-traject", NULL, on_new_traject_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-traject", NULL);
}

static void
tafel_window_init (TafelWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_store_error (TafelWindow  *self,
                  const GError *error)
{
  adw_status_page_set_description (self->error_page, error ? error->message : "");
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-traject", FALSE);
}

TafelWindow *
tafel_window_new (TafelApplication *application)
{
  TafelWindow *self = g_object_new (TAFEL_TYPE_WINDOW, "application", application, NULL);
  TafelStore *store = tafel_application_get_store (application);
  GSettings *settings = tafel_application_get_settings (application);

  restore_window_state (self);

  if (store == NULL)
    {
      show_store_error (self, tafel_application_get_store_error (application));
      return self;
    }

  tafel_start_page_set_store (self->start_page, store);

  /* Reopen the traject that was open last time, if it still exists. */
  if (settings != NULL)
    {
      gint64 last = g_settings_get_int64 (settings, "last-traject");

      if (last > 0 && !tafel_window_open_traject (self, last, NULL))
        remember_traject (self, 0);
    }

  return self;
}
