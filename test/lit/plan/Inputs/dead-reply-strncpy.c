/* A daytime server in the idiom of a public example: "TIME" in, the date
 * out. Its test uses strncpy where strncmp was meant; strncpy returns its
 * destination, never NULL, so the reply below is dead code. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

int main(void) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(7490);
  if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
    return 1;
  for (;;) {
    char buff[128];
    struct sockaddr_in cli;
    socklen_t len = sizeof(cli);
    memset(buff, 0, sizeof(buff));
    recvfrom(fd, buff, sizeof(buff) - 1, 0, (struct sockaddr *)&cli, &len);
    if (!strncpy(buff, "TIME", 4)) {
      time_t now = time(NULL);
      sprintf(buff, "%24s\r\n", ctime(&now));
      sendto(fd, buff, strlen(buff), 0, (struct sockaddr *)&cli, len);
    }
  }
}
