/* The smallest split server: a UDP echo on the port given on the command
 * line (test/package: a user's project built with find_package(KOffload)). */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#if !defined(KOFFLOAD_PACKAGE_TEST) || !defined(GREETING)
#error "koffload_add_executable's CLANG_FLAGS did not reach the compile"
#endif
_Static_assert(sizeof(GREETING) == sizeof("it's up"), "GREETING quoted");

int main(int argc, char **argv)
{
	struct sockaddr_in addr;
	char buf[512];
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(argc > 1 ? (unsigned short)atoi(argv[1]) : 9400);
	if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		struct sockaddr_in src;
		socklen_t len = sizeof(src);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&src, &len);

		if (n > 0)
			sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&src,
			       len);
	}
}
