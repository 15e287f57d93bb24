/* tafel-ui-util.c: small helpers every widget shares */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-application.h"
#include "tafel-traject.h"
#include "tafel-ui-util.h"

typedef struct {
  TafelUndoFunc  undo;
  gpointer       user_data;
  GDestroyNotify destroy;
} UndoData;

/* Toast titles are Pango markup in libadwaita 1.2: user text must be escaped. */
static AdwToast *
new_toast (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

/* The toast overlay that shows messages for @widget: its own window's, or
 * for a dialog without one, its parent window's. */
AdwToastOverlay *
tafel_ui_find_toast_overlay (GtkWidget *widget)
{
  GtkWidget *w = widget;

  while (w != NULL)
    {
      if (ADW_IS_TOAST_OVERLAY (w))
        return ADW_TOAST_OVERLAY (w);
      w = gtk_widget_get_parent (w);
    }

  /* Dialogs are not inside the main window's overlay: use their parent's. */
  {
    GtkRoot *root = gtk_widget_get_root (widget);

    if (GTK_IS_WINDOW (root))
      {
        GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (root));
        GtkWidget *child = ADW_IS_WINDOW (root) ? adw_window_get_content (ADW_WINDOW (root))
                         : ADW_IS_APPLICATION_WINDOW (root) ? adw_application_window_get_content (ADW_APPLICATION_WINDOW (root))
                         : gtk_window_get_child (GTK_WINDOW (root));

        /* A dialog with its own overlay keeps its messages in front. */
        if (ADW_IS_TOAST_OVERLAY (child))
          return ADW_TOAST_OVERLAY (child);

        if (parent != NULL)
          return tafel_ui_find_toast_overlay (GTK_WIDGET (parent));
      }
  }

  return NULL;
}

/* Shows @message as a toast in the window that holds @widget. */
void
tafel_ui_toast (GtkWidget  *widget,
                const char *message)
{
  AdwToastOverlay *overlay = tafel_ui_find_toast_overlay (widget);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }

  toast = new_toast (message);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (overlay, toast);
}

/* Errors stay until dismissed: they say what went wrong and where. */
void
tafel_ui_toast_error (GtkWidget    *widget,
                      const GError *error)
{
  AdwToastOverlay *overlay = tafel_ui_find_toast_overlay (widget);
  AdwToast *toast;

  g_return_if_fail (error != NULL);

  if (overlay == NULL)
    {
      g_message ("%s", error->message);
      return;
    }

  toast = new_toast (error->message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (overlay, toast);
}

static void
undo_data_free (gpointer data)
{
  UndoData *u = data;

  if (u->destroy != NULL)
    u->destroy (u->user_data);
  g_free (u);
}

static void
undo_data_closure_free (gpointer  data,
                        GClosure *closure)
{
  undo_data_free (data);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    UndoData *u)
{
  if (u->undo != NULL)
    u->undo (u->user_data);
  u->undo = NULL;
}

/* A toast with an "Undo" button that calls @undo once, if pressed. */
void
tafel_ui_toast_undo (GtkWidget     *widget,
                     const char    *message,
                     TafelUndoFunc  undo,
                     gpointer       user_data,
                     GDestroyNotify destroy)
{
  AdwToastOverlay *overlay = tafel_ui_find_toast_overlay (widget);
  UndoData *u = g_new0 (UndoData, 1);
  AdwToast *toast;

  u->undo = undo;
  u->user_data = user_data;
  u->destroy = destroy;

  if (overlay == NULL)
    {
      undo_data_free (u);
      return;
    }

  toast = new_toast (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb),
                         u, undo_data_closure_free, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

/* The translated labels of @choices, in order, for a GtkDropDown. */
GtkStringList *
tafel_ui_choice_model (const TafelChoice *choices)
{
  g_auto(GStrv) labels = tafel_choice_dup_labels (choices);

  return gtk_string_list_new ((const char * const *) labels);
}

TafelStore *
tafel_ui_get_store (GtkWidget *widget)
{
  GApplication *app = g_application_get_default ();

  if (!TAFEL_IS_APPLICATION (app))
    return NULL;

  return tafel_application_get_store (TAFEL_APPLICATION (app));
}

/* A name to show for any entity: its title, or its kind and number. */
char *
tafel_ui_entity_label (gpointer entity)
{
  char *title;

  if (entity == NULL)
    return g_strdup ("");

  if (TAFEL_IS_SESSIE (entity))
    return tafel_sessie_dup_label (entity);

  title = tafel_entity_dup_title (entity);
  return title ? title : tafel_entity_dup_description (entity);
}

/* The row of @list whose id (by @get_id) is @id, and its position in
 * @index; NULL when there is none. */
GtkListBoxRow *
tafel_ui_list_box_find_row (GtkListBox     *list,
                            TafelRowIdFunc  get_id,
                            gint64          id,
                            guint          *index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (GTK_IS_LIST_BOX (list), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (get_id (row) == id)
      {
        if (index != NULL)
          *index = (guint) i;
        return row;
      }

  return NULL;
}

/* The names of the organisations, for an entry completion. */
void
tafel_ui_fill_organisation_names (GtkListStore      *names,
                                  TafelTrajectModel *model)
{
  GListModel *list;
  guint n;

  gtk_list_store_clear (names);
  if (model == NULL)
    return;

  list = tafel_traject_model_get_list (model, TAFEL_TYPE_ORGANISATIE);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelOrganisatie) org = g_list_model_get_item (list, i);

      gtk_list_store_insert_with_values (names, NULL, -1, 0, tafel_organisatie_get_name (org), -1);
    }
}

/* Completion matches anywhere in the name; @key comes casefolded. */
gboolean
tafel_ui_match_name (GtkEntryCompletion *completion,
                     const char         *key,
                     GtkTreeIter        *iter,
                     gpointer            user_data)
{
  GtkTreeModel *model = gtk_entry_completion_get_model (completion);
  g_autofree char *name = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;

  gtk_tree_model_get (model, iter, 0, &name, -1);
  if (name == NULL)
    return FALSE;

  /* The same folding as GTK gives @key. */
  normalized = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  folded = g_utf8_casefold (normalized ? normalized : name, -1);
  return strstr (folded, key) != NULL;
}

/* The session held today, or else the last one held before today; 0 when
 * all are still to come. */
gint64
tafel_ui_last_held_sessie (TafelTrajectModel *model)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GListModel *list = tafel_traject_model_get_list (model, TAFEL_TYPE_SESSIE);
  guint n = g_list_model_get_n_items (list);
  const char *best_date = NULL;
  gint64 best_id = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelSessie) sessie = g_list_model_get_item (list, i);
      const char *date = tafel_sessie_get_date (sessie);

      /* ISO dates compare as strings; an undated session never wins. */
      if (date == NULL || *date == '\0' || strcmp (date, today) > 0)
        continue;
      if (best_date == NULL || strcmp (date, best_date) > 0)
        {
          best_date = date;
          best_id = tafel_entity_get_id (TAFEL_ENTITY (sessie));
        }
    }

  return best_id;
}

/* A drop-down cannot take focus itself (GTK 4.8): the mnemonic of its
 * label moves the focus into it instead. */
gboolean
tafel_ui_dropdown_mnemonic_cb (GtkWidget *dropdown,
                               gboolean   group_cycling,
                               gpointer   user_data)
{
  return gtk_widget_child_focus (dropdown, GTK_DIR_TAB_FORWARD);
}
