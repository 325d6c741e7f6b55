#include <stdio.h>

#include "tandem.h"

/* Prints the marketing focus of each lifecycle stage, in Chinese. */
int main(void) {
  size_t stages = 0, s, a, count;
  char stage[64], activity[64], text[256];
  if (tandem_catalog_list_count("lifecycle_stages", &stages) != TANDEM_OK) return 1;
  for (s = 0; s < stages; ++s) {
    tandem_catalog_list_id("lifecycle_stages", s, stage, sizeof stage, NULL);
    tandem_catalog_text(stage, TANDEM_LANG_ZH, text, sizeof text, NULL);
    printf("%s (%s)\n", text, stage);
    tandem_catalog_link_count(stage, "focus", &count);
    for (a = 0; a < count; ++a) {
      tandem_catalog_link_id(stage, "focus", a, activity, sizeof activity, NULL);
      tandem_catalog_text(activity, TANDEM_LANG_ZH, text, sizeof text, NULL);
      printf("  %s\n", text);
    }
  }
  if (tandem_catalog_text("lifecycle_decline", TANDEM_LANG_ZH, text, sizeof text, NULL) !=
      TANDEM_OK)
    printf("%s\n", tandem_last_error_message());
  return 0;
}
