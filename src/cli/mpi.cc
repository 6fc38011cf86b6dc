#include "cli/mpi.h"

#include <cstdlib>
#include <iostream>
#include <memory>

#ifdef RELMAP_WITH_MPI
#include <boost/mpi/collectives.hpp>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#endif

namespace relmap::mpi {

#ifdef RELMAP_WITH_MPI
namespace {

std::unique_ptr<boost::mpi::environment> environment;
std::unique_ptr<boost::mpi::communicator> world;

// Open MPI, MPICH and Slurm's PMI all tell their processes so in the environment.
bool launched_by_mpi() {
  for (const char* var : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK", "MPI_LOCALNRANKS"})
    if (std::getenv(var)) return true;
  return false;
}

}  // namespace

void start(int* argc, char*** argv) {
  if (!launched_by_mpi()) return;
  environment = std::make_unique<boost::mpi::environment>(*argc, *argv);
  world = std::make_unique<boost::mpi::communicator>();
}

int rank() { return world ? world->rank() : 0; }
int size() { return world ? world->size() : 1; }

std::vector<std::string> gather_at_root(const std::string& local) {
  std::vector<std::string> all;
  if (!world) return {local};
  boost::mpi::gather(*world, local, all, 0);
  return all;
}

void finish_worker() {
  std::cout.flush();
  world.reset();
  environment.reset();  // MPI_Finalize
  std::exit(0);
}

#else

void start(int*, char***) {}
int rank() { return 0; }
int size() { return 1; }
std::vector<std::string> gather_at_root(const std::string& local) { return {local}; }
void finish_worker() { std::exit(0); }

#endif

}  // namespace relmap::mpi
