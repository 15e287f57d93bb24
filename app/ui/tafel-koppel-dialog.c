/* tafel-koppel-dialog.c: choosing the requirement that sticky notes went into */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tafel-eis-nummer.h"
#include "tafel-koppel-dialog.h"

struct _TafelKoppelDialog
{
  AdwWindow           parent_instance;

  AdwWindowTitle     *window_title;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;

  GListStore         *eisen;       /* TafelEis, preferred chapters first */
  GHashTable         *nummers;     /* id → "3.4.2" */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  char              **words;       /* the search, casefolded */
  gboolean            chosen;
};

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelKoppelDialog, tafel_koppel_dialog, ADW_TYPE_WINDOW)

static const char *
lookup_nummer (TafelKoppelDialog *self,
               TafelEis          *eis)
{
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));
  const char *nummer = g_hash_table_lookup (self->nummers, &id);

  return nummer ? nummer : "";
}

/* Numbers in numeric order: 3.10.1 after 3.9.2. */
static int
compare_nummers (const char *a,
                 const char *b)
{
  unsigned int pa[3] = { 0, }, pb[3] = { 0, };

  sscanf (a, "%u.%u.%u", &pa[0], &pa[1], &pa[2]);
  sscanf (b, "%u.%u.%u", &pb[0], &pb[1], &pb[2]);
  for (guint i = 0; i < 3; i++)
    if (pa[i] != pb[i])
      return pa[i] < pb[i] ? -1 : 1;

  return 0;
}

typedef struct {
  TafelKoppelDialog *self;
  GArray            *preferred;
} SortData;

static gboolean
is_preferred (GArray   *preferred,
              TafelEis *eis)
{
  gint64 id = tafel_eis_get_deelproduct_id (eis);

  for (guint i = 0; preferred != NULL && id != 0 && i < preferred->len; i++)
    if (g_array_index (preferred, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static int
compare_eisen (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SortData *d = user_data;
  TafelEis *ea = *(TafelEis **) a;
  TafelEis *eb = *(TafelEis **) b;
  gboolean pa = is_preferred (d->preferred, ea);
  gboolean pb = is_preferred (d->preferred, eb);

  if (pa != pb)
    return pa ? -1 : 1;

  return compare_nummers (lookup_nummer (d->self, ea), lookup_nummer (d->self, eb));
}

static gboolean
match_eis (gpointer item,
           gpointer user_data)
{
  TafelKoppelDialog *self = user_data;
  TafelEis *eis = item;
  const char *nummer;
  g_autofree char *tekst = NULL;

  if (self->words == NULL || self->words[0] == NULL)
    return TRUE;

  nummer = lookup_nummer (self, eis);
  tekst = g_utf8_casefold (tafel_eis_get_tekst (eis) ? tafel_eis_get_tekst (eis) : "", -1);
  for (guint i = 0; self->words[i] != NULL; i++)
    if (!g_str_has_prefix (nummer, self->words[i]) && strstr (tekst, self->words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static void
update_state (TafelKoppelDialog *self)
{
  const char *name = "list";

  if (g_list_model_get_n_items (G_LIST_MODEL (self->eisen)) == 0)
    name = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    name = "no-match";

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "koppel.choose",
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
apply_search (TafelKoppelDialog *self)
{
  g_autofree char *folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);

  g_strfreev (self->words);
  self->words = g_strsplit_set (g_strstrip (folded), " \t", -1);
  /* Several spaces make empty words: they match everything. */
  for (guint i = 0, j = 0; ; i++)
    {
      if (self->words[i] == NULL)
        {
          self->words[j] = NULL;
          break;
        }
      if (*self->words[i] == '\0')
        g_free (self->words[i]);
      else
        self->words[j++] = self->words[i];
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_state (self);
}

static void
on_search_changed_cb (GtkEditable       *entry,
                      TafelKoppelDialog *self)
{
  apply_search (self);
}

static void
on_search_activate_cb (GtkSearchEntry    *entry,
                       TafelKoppelDialog *self)
{
  tafel_koppel_dialog_choose (self, gtk_single_selection_get_selected (self->selection));
}

static void
on_stop_search_cb (GtkSearchEntry    *entry,
                   TafelKoppelDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_list_activate_cb (GtkListView       *view,
                     guint              position,
                     TafelKoppelDialog *self)
{
  tafel_koppel_dialog_choose (self, position);
}

/* Up and Down in the search entry move the choice in the list. */
static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          TafelKoppelDialog     *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (n == 0 || (keyval != GDK_KEY_Down && keyval != GDK_KEY_Up))
    return FALSE;

  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  else if (keyval == GDK_KEY_Down && selected + 1 < n)
    selected++;
  else if (keyval == GDK_KEY_Up && selected > 0)
    selected--;

  gtk_single_selection_set_selected (self->selection, selected);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", selected);
  return TRUE;
}

static void
on_choose_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TafelKoppelDialog *self = TAFEL_KOPPEL_DIALOG (widget);

  tafel_koppel_dialog_choose (self, gtk_single_selection_get_selected (self->selection));
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TafelKoppelDialog        *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *nummer = gtk_label_new (NULL);
  GtkWidget *tekst = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (nummer), 0);
  gtk_label_set_width_chars (GTK_LABEL (nummer), 7);
  gtk_widget_add_css_class (nummer, "numeric");
  gtk_widget_add_css_class (nummer, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (tekst), 0);
  gtk_label_set_ellipsize (GTK_LABEL (tekst), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (tekst, TRUE);
  gtk_box_append (GTK_BOX (box), nummer);
  gtk_box_append (GTK_BOX (box), tekst);
  gtk_list_item_set_child (item, box);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            TafelKoppelDialog        *self)
{
  TafelEis *eis = gtk_list_item_get_item (item);
  GtkWidget *nummer = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *tekst = gtk_widget_get_next_sibling (nummer);
  const char *text = tafel_eis_get_tekst (eis);

  gtk_label_set_text (GTK_LABEL (nummer), lookup_nummer (self, eis));
  gtk_label_set_text (GTK_LABEL (tekst), text && *text ? text : _("(no text yet)"));
  if (g_strcmp0 (gtk_widget_get_tooltip_text (tekst), text) != 0)
    gtk_widget_set_tooltip_text (tekst, text);
}

static void
tafel_koppel_dialog_dispose (GObject *object)
{
  TafelKoppelDialog *self = TAFEL_KOPPEL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_KOPPEL_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->eisen);

  G_OBJECT_CLASS (tafel_koppel_dialog_parent_class)->dispose (object);
}

static void
tafel_koppel_dialog_finalize (GObject *object)
{
  TafelKoppelDialog *self = TAFEL_KOPPEL_DIALOG (object);

  g_clear_pointer (&self->nummers, g_hash_table_unref);
  g_strfreev (self->words);

  G_OBJECT_CLASS (tafel_koppel_dialog_parent_class)->finalize (object);
}

static void
tafel_koppel_dialog_class_init (TafelKoppelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_koppel_dialog_dispose;
  object_class->finalize = tafel_koppel_dialog_finalize;

  /* chosen (TafelEis *eis) */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TAFEL_TYPE_EIS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-koppel-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelKoppelDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TafelKoppelDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TafelKoppelDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TafelKoppelDialog, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);

  gtk_widget_class_install_action (widget_class, "koppel.choose", NULL, on_choose_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tafel_koppel_dialog_init (TafelKoppelDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->eisen = g_list_store_new (TAFEL_TYPE_EIS);
  self->filter = gtk_custom_filter_new (match_eis, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->eisen)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_can_unselect (self->selection, FALSE);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

TafelKoppelDialog *
tafel_koppel_dialog_new (TafelStore  *store,
                         gint64       traject_id,
                         GArray      *deelproduct_ids,
                         const char  *subtitle,
                         GError     **error)
{
  TafelKoppelDialog *self;
  g_autoptr(GPtrArray) eisen = NULL;
  SortData sort;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  eisen = tafel_store_list (store, TAFEL_TYPE_EIS, traject_id, error);
  if (eisen == NULL)
    return NULL;

  /* Owned by GTK's list of toplevels, as any window. */
  self = g_object_new (TAFEL_TYPE_KOPPEL_DIALOG, NULL);
  self->nummers = tafel_eis_nummers (store, traject_id, error);
  if (self->nummers == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  sort.self = self;
  sort.preferred = deelproduct_ids;
  g_ptr_array_sort_with_data (eisen, compare_eisen, &sort);
  g_list_store_splice (self->eisen, 0, 0, eisen->pdata, eisen->len);

  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
  apply_search (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return self;
}

gboolean
tafel_koppel_dialog_choose (TafelKoppelDialog *self,
                            guint              position)
{
  g_autoptr(TafelEis) eis = NULL;

  g_return_val_if_fail (TAFEL_IS_KOPPEL_DIALOG (self), FALSE);

  if (self->chosen || position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  eis = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);
  if (eis == NULL)
    return FALSE;

  /* Only once, even when Enter and a click come together. */
  self->chosen = TRUE;
  g_signal_emit (self, signals[CHOSEN], 0, eis);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

GtkEditable *
tafel_koppel_dialog_get_search_entry (TafelKoppelDialog *self)
{
  g_return_val_if_fail (TAFEL_IS_KOPPEL_DIALOG (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

guint
tafel_koppel_dialog_get_n_shown (TafelKoppelDialog *self)
{
  g_return_val_if_fail (TAFEL_IS_KOPPEL_DIALOG (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

char *
tafel_koppel_dialog_dup_row_text (TafelKoppelDialog *self,
                                  guint              position)
{
  g_autoptr(TafelEis) eis = NULL;

  g_return_val_if_fail (TAFEL_IS_KOPPEL_DIALOG (self), NULL);

  eis = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);
  if (eis == NULL)
    return NULL;

  return g_strdup_printf ("%s  %s", lookup_nummer (self, eis), tafel_eis_get_tekst (eis));
}

int
tafel_koppel_compare_nummers (const char *a,
                              const char *b)
{
  return compare_nummers (a ? a : "", b ? b : "");
}
